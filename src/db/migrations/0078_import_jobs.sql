-- Imports: one row per import job, from the browser (Beheer → Imports) or the CLI, through one
-- import service (src/modules/imports). The file itself lives under the data directory while the
-- job waits or runs and is removed afterwards; this row keeps what happened: kind, file name and
-- size, options, status, progress, and the import report (the same content the CLI prints).
-- `runner` names the server process that owns a queued or running job and `heartbeat_at` when it
-- last said it is alive, so a restarted server marks an interrupted job failed with a reason.
-- Runs on PostgreSQL 15 and on PGlite.
CREATE TABLE import_jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('areas', 'cbs-crime', 'incidents', 'signals', 'survey', 'addresses')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  file_bytes bigint NOT NULL CHECK (file_bytes >= 0),
  options jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  rows_read bigint NOT NULL DEFAULT 0,
  bytes_read bigint NOT NULL DEFAULT 0,
  report jsonb,
  error jsonb,
  runner text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  heartbeat_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_jobs_recent ON import_jobs (gemeente_code, id DESC);
CREATE INDEX import_jobs_open ON import_jobs (status) WHERE status IN ('queued', 'running');
