-- Registered crime: the CBS/Politie crime-type code list, aggregated counts per area and period
-- (CBS open-data tables such as 47018NED), and incident-level events with their import batches.

CREATE TABLE crime_types (
  code text PRIMARY KEY,
  title text NOT NULL,
  description text,
  scheme text NOT NULL DEFAULT 'cbs-47018NED'
);

CREATE TABLE crime_counts (
  gemeente_code text NOT NULL,
  source_table text NOT NULL,
  area_code text NOT NULL,
  area_level text NOT NULL CHECK (area_level IN ('gemeente', 'wijk', 'buurt')),
  area_year integer NOT NULL,
  crime_type text NOT NULL REFERENCES crime_types (code),
  period text NOT NULL,
  period_kind text NOT NULL CHECK (period_kind IN ('year', 'quarter', 'month')),
  period_start date NOT NULL,
  count integer CHECK (count IS NULL OR count >= 0),
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, source_table, area_code, crime_type, period)
);
CREATE INDEX crime_counts_by_period ON crime_counts (gemeente_code, period_kind, period_start, crime_type);

CREATE TABLE incident_batches (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente_code text NOT NULL,
  source text NOT NULL,
  file_name text,
  mode text NOT NULL CHECK (mode IN ('all-or-nothing', 'quarantine', 'synthetic')),
  actor text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  rows_read integer NOT NULL DEFAULT 0,
  rows_inserted integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  rows_quarantined integer NOT NULL DEFAULT 0
);

CREATE TABLE incidents (
  gemeente_code text NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  source text NOT NULL,
  source_id text NOT NULL,
  crime_type text NOT NULL,
  local_type text,
  start_time timestamptz NOT NULL,
  end_time timestamptz,
  x double precision NOT NULL,
  y double precision NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  area_year integer NOT NULL,
  buurt_code text,
  wijk_code text,
  -- Pseudonymous references for hotshots/hotvics/repeat addresses; never names.
  offender_ref text,
  victim_ref text,
  address_ref text,
  synthetic boolean NOT NULL DEFAULT false,
  batch_id bigint REFERENCES incident_batches (id),
  PRIMARY KEY (gemeente_code, id),
  UNIQUE (gemeente_code, source, source_id),
  CHECK (end_time IS NULL OR end_time >= start_time)
);
CREATE INDEX incidents_by_time ON incidents (gemeente_code, start_time);
CREATE INDEX incidents_by_buurt ON incidents (gemeente_code, buurt_code, start_time);

CREATE TABLE incident_quarantine (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES incident_batches (id),
  line integer NOT NULL,
  raw jsonb NOT NULL,
  errors jsonb NOT NULL,
  resolved_at timestamptz
);
