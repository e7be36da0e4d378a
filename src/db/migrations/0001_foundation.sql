-- Stadsveilig foundation: instance settings, areas per CBS vintage, users and sessions, processing log.
-- Runs on PostgreSQL 15 and on PGlite. Large tables lead with gemeente_code (partitioning later).

CREATE TABLE instance_settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE municipalities (
  code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per loaded CBS indeling (vintage) of a municipality.
CREATE TABLE area_vintages (
  gemeente_code text NOT NULL REFERENCES municipalities (code),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  source text NOT NULL,
  population_year integer,
  note text,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, year)
);

CREATE TABLE areas (
  gemeente_code text NOT NULL,
  year integer NOT NULL,
  code text NOT NULL,
  level text NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
  name text NOT NULL,
  parent_code text,
  population integer CHECK (population IS NULL OR population >= 0),
  population_year integer,
  -- GeoJSON Polygon/MultiPolygon in WGS84 (lon, lat); NULL when no polygon is known for this vintage.
  geometry jsonb,
  -- The vintage the polygon was drawn for (may be older than `year`; NULL without geometry).
  geometry_year integer,
  min_lon double precision,
  min_lat double precision,
  max_lon double precision,
  max_lat double precision,
  is_water boolean NOT NULL DEFAULT false,
  note text,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (gemeente_code, year, code),
  FOREIGN KEY (gemeente_code, year) REFERENCES area_vintages (gemeente_code, year) ON DELETE CASCADE
);
CREATE INDEX areas_by_level ON areas (gemeente_code, year, level);
CREATE INDEX areas_by_code ON areas (code, year);

-- Code-to-code relations between vintages (CBS redraws buurten).
CREATE TABLE area_relations (
  gemeente_code text NOT NULL,
  from_year integer NOT NULL,
  from_code text NOT NULL,
  to_year integer NOT NULL,
  to_code text,
  relation text NOT NULL CHECK (relation IN ('same', 'split', 'merged', 'renamed', 'new', 'discontinued')),
  note text,
  PRIMARY KEY (gemeente_code, from_year, from_code, to_year, relation)
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  display_name text,
  role text NOT NULL CHECK (role IN ('admin', 'analyst', 'coordinator', 'caseworker', 'partner', 'viewer')),
  password_hash text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  must_change_password boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

-- The session token itself is never stored: only its SHA-256.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Processing log after the Dutch "Logboek Dataverwerkingen" standard: one row per processing
-- of personal data. Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE, except a
-- DELETE of expired rows by the retention job, which sets stadsveilig.audit_retention = 'on'.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trace_id text NOT NULL,
  span_id text NOT NULL,
  parent_span_id text,
  name text NOT NULL,
  processing_activity_id text NOT NULL,
  operation text NOT NULL CHECK (operation IN ('read', 'create', 'update', 'delete', 'export', 'login', 'logout')),
  actor text NOT NULL,
  data_subject_type text,
  data_subject_pseudonym text,
  status_code text NOT NULL CHECK (status_code IN ('OK', 'ERROR', 'DENIED')),
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  resource_name text NOT NULL,
  resource_version text NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_by_time ON audit_log (start_time);
CREATE INDEX audit_log_by_subject ON audit_log (data_subject_pseudonym, start_time);
CREATE INDEX audit_log_by_trace ON audit_log (trace_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('stadsveilig.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
