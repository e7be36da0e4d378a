-- PGA case lifecycle (step 11): the yearly proof of what retention anonymised, and the demo
-- procesregisseur account the demo cases are directed by.

-- One row per municipality and year: the cases anonymised that year by their reference (never a
-- person), how many, when retention last removed something, and a SHA-256 checksum over the sorted
-- reference list so the proof can be checked later.
CREATE TABLE case_retention_proofs (
  gemeente_code text NOT NULL,
  year integer NOT NULL,
  run_at timestamptz NOT NULL,
  cases_anonymised integer NOT NULL DEFAULT 0,
  case_references text[] NOT NULL DEFAULT '{}',
  checksum text NOT NULL,
  method text NOT NULL,
  PRIMARY KEY (gemeente_code, year)
);

-- The demo procesregisseur of a municipality (a caseworker account with a password nobody knows),
-- kept so reloading the demo reuses the account; removing the demo keeps it.
CREATE TABLE case_demo_director (
  gemeente_code text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
