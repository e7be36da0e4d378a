-- Demo content of the missions and network modules (step 8): demo missions (with everything
-- hanging off them through ON DELETE CASCADE) and the demo partner organisations they work with
-- are marked, shown with the "demo" label and removed in one step.
-- Runs on PostgreSQL 15 and on PGlite.
ALTER TABLE missions ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE partners ADD COLUMN demo boolean NOT NULL DEFAULT false;
