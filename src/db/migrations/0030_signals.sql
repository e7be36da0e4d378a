-- Residents' reports (meldingen → signals): categories, the reports themselves with their history,
-- reporter contact details kept apart, photos, subscriptions, satisfaction, staff filters, routing
-- rules, message templates, idempotency keys, the SMTP outbox and Open311 API keys.
-- Runs on PostgreSQL 15 and on PGlite. Large tables lead with gemeente_code.

-- Two-level category tree per municipality (parent_slug NULL = main category).
CREATE TABLE signal_categories (
  gemeente_code text NOT NULL,
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9-]+$'),
  parent_slug text,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  keywords text NOT NULL DEFAULT '',
  handling_days integer NOT NULL DEFAULT 5 CHECK (handling_days BETWEEN 0 AND 365),
  department text NOT NULL DEFAULT 'Klantcontactcentrum',
  -- Shown on the public map (open reports only).
  is_public boolean NOT NULL DEFAULT true,
  -- Location blurred on the public map (drugs, ondermijning, zorg/verward).
  is_sensitive boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, slug)
);

-- M-YYYY-NNNNNN numbers: one counter row per municipality and year.
CREATE TABLE signal_counters (
  gemeente_code text NOT NULL,
  year integer NOT NULL,
  last_value integer NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_code, year)
);

CREATE TABLE signals (
  gemeente_code text NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL,
  -- SHA-256 of the private tracking token given to the reporter; the token itself is never stored.
  tracking_token_hash text NOT NULL,
  category_slug text NOT NULL,
  suggested_category text,
  description text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('new', 'accepted', 'in_progress', 'planned', 'waiting_for_reporter',
    'forwarded', 'done', 'cancelled', 'reopened', 'reopen_requested')),
  lat double precision,
  lon double precision,
  x double precision,
  y double precision,
  address_text text,
  area_year integer,
  buurt_code text,
  wijk_code text,
  source text NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'open311', 'import', 'staff')),
  source_id text,
  department text,
  partner text,
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  parent_id uuid,
  merged_into_id uuid,
  -- Handling deadline as an Amsterdam calendar date 'YYYY-MM-DD' (text: no time-zone conversion by drivers).
  deadline text CHECK (deadline ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  PRIMARY KEY (id),
  UNIQUE (number),
  CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE UNIQUE INDEX signals_by_source ON signals (gemeente_code, source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX signals_by_time ON signals (gemeente_code, created_at);
CREATE INDEX signals_by_status ON signals (gemeente_code, status, created_at);
CREATE INDEX signals_by_category ON signals (gemeente_code, category_slug, created_at);
CREATE INDEX signals_by_buurt ON signals (gemeente_code, buurt_code, created_at);
CREATE INDEX signals_by_tracking ON signals (tracking_token_hash);
CREATE INDEX signals_by_lat ON signals (gemeente_code, lat);
CREATE INDEX signals_fulltext ON signals
  USING gin (to_tsvector('dutch', coalesce(number, '') || ' ' || coalesce(description, '') || ' ' || coalesce(address_text, '')));

-- Reporter contact details, apart from the report; removed by the retention job.
CREATE TABLE signal_contacts (
  signal_id uuid PRIMARY KEY REFERENCES signals (id) ON DELETE CASCADE,
  email text,
  phone text,
  consent boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every status change, note, assignment, split and merge: the full history per report.
CREATE TABLE signal_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('created', 'status', 'note', 'assign', 'category', 'split', 'merge', 'feedback', 'routed', 'photo')),
  from_status text,
  to_status text,
  text text,
  is_public boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX signal_history_by_signal ON signal_history (signal_id, id);

CREATE TABLE signal_photos (
  id uuid PRIMARY KEY,
  signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  size integer NOT NULL,
  is_public boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signal_photos_by_signal ON signal_photos (signal_id);

-- E-mail subscriptions to one report or to a buurt; the unsubscribe token is stored hashed.
CREATE TABLE signal_subscriptions (
  id uuid PRIMARY KEY,
  gemeente_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('signal', 'buurt')),
  signal_id uuid REFERENCES signals (id) ON DELETE CASCADE,
  buurt_code text,
  email text NOT NULL,
  unsubscribe_token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'signal') = (signal_id IS NOT NULL)),
  CHECK ((kind = 'buurt') = (buurt_code IS NOT NULL))
);
CREATE UNIQUE INDEX signal_subscriptions_once ON signal_subscriptions (kind, coalesce(signal_id::text, buurt_code), lower(email));

CREATE TABLE signal_feedback (
  signal_id uuid PRIMARY KEY REFERENCES signals (id) ON DELETE CASCADE,
  satisfied boolean NOT NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE signal_saved_filters (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  query jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, name)
);

-- Ordered routing rules: the first matching active rule assigns a department or partner.
CREATE TABLE signal_routing_rules (
  id uuid PRIMARY KEY,
  gemeente_code text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  category_slug text,
  area_code text,
  weekdays text,
  time_from integer CHECK (time_from BETWEEN 0 AND 1440),
  time_to integer CHECK (time_to BETWEEN 0 AND 1440),
  assign_kind text NOT NULL CHECK (assign_kind IN ('department', 'partner')),
  assign_to text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signal_routing_rules_order ON signal_routing_rules (gemeente_code, position);

-- Messages to the reporter per status, editable by admins.
CREATE TABLE signal_templates (
  gemeente_code text NOT NULL,
  status text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, status)
);

-- Idempotency-Key of public intake: a retried request returns the first reply. Purged after a day.
CREATE TABLE signal_idempotency (
  key text PRIMARY KEY,
  request_hash text NOT NULL,
  signal_id uuid NOT NULL,
  reply jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signal_idempotency_by_time ON signal_idempotency (created_at);

-- Durable SMTP outbox: a message is written in the same transaction as its cause and sent by a worker.
CREATE TABLE mail_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

CREATE TABLE open311_api_keys (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
