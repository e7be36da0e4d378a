-- Demo reports (made up, no contact details, never mailed): shown with the demo label and removed
-- in one step with their history, photos, subscriptions and feedback (ON DELETE CASCADE).
ALTER TABLE signals ADD COLUMN demo boolean NOT NULL DEFAULT false;
CREATE INDEX signals_demo ON signals (gemeente_code) WHERE demo;
