-- Enforcement registrations (step 12): BOA warnings, fines and reports (proces-verbaal) with their
-- APV article or CJIB feit code, time and place — a source for the analysis views and a compliance
-- indicator per area. No personal data: no names, licence plates, BSN or birth dates (the import
-- refuses files with such columns). One row per registration; a re-import of the same source
-- reference adds nothing.

-- One row per import run (CLI, Beheer → Imports), with its counts.
CREATE TABLE enforcement_imports (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  -- the system the references belong to (default: 'boa')
  source text NOT NULL,
  file_name text NOT NULL,
  -- 'quarantine' (good rows stored, bad rows kept in enforcement_quarantine) or 'strict' (all or nothing)
  mode text NOT NULL CHECK (mode IN ('quarantine', 'strict')),
  rows_read integer NOT NULL DEFAULT 0,
  rows_imported integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  rows_quarantined integer NOT NULL DEFAULT 0,
  actor text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enforcement_registrations (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  source text NOT NULL,
  -- the registration's reference in the source system (or a hash of its fields when the file has none)
  source_ref text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('warning', 'fine', 'report')),
  -- an APV article ('APV 2:48') or a CJIB feit code ('F601'), upper case
  feit_code text NOT NULL,
  description text NOT NULL DEFAULT '',
  occurred_at timestamptz NOT NULL,
  x double precision NOT NULL,
  y double precision NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  area_year integer,
  buurt_code text,
  wijk_code text,
  import_id uuid REFERENCES enforcement_imports (id) ON DELETE SET NULL,
  -- synthetic demo rows (`stadsveilig demo load`)
  demo boolean NOT NULL DEFAULT false,
  UNIQUE (gemeente_code, source, source_ref)
);
CREATE INDEX enforcement_registrations_time ON enforcement_registrations (gemeente_code, occurred_at);
CREATE INDEX enforcement_registrations_buurt ON enforcement_registrations (gemeente_code, buurt_code);

-- Rows an import could not store (quarantine mode), for review: the line, the reason, the row as read.
CREATE TABLE enforcement_quarantine (
  id bigserial PRIMARY KEY,
  import_id uuid NOT NULL REFERENCES enforcement_imports (id) ON DELETE CASCADE,
  line integer NOT NULL,
  reason text NOT NULL,
  raw jsonb NOT NULL
);
CREATE INDEX enforcement_quarantine_import ON enforcement_quarantine (import_id);

-- Beheer → Imports runs the enforcement import too (the imports module's kind 'enforcement').
ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check;
ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check
  CHECK (kind IN ('areas', 'cbs-crime', 'incidents', 'signals', 'survey', 'addresses', 'enforcement'));
