-- Demo content of the perception module (step 8): survey results, pulse answers and stories
-- written by the demo loader are marked, shown with the "demo" label and removed in one step.
-- Runs on PostgreSQL 15 and on PGlite.
ALTER TABLE survey_results ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE pulse_responses ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE pulse_stories ADD COLUMN demo boolean NOT NULL DEFAULT false;
CREATE INDEX survey_results_demo ON survey_results (gemeente_code) WHERE demo;
CREATE INDEX pulse_responses_demo ON pulse_responses (gemeente_code) WHERE demo;
