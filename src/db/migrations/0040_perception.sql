-- Safety perception (veiligheidsbeleving → perception): the indicator catalogue (CBS
-- Veiligheidsmonitor), imported survey results per area and year, the residents' pulse
-- questionnaire (anonymous answers, one per device per period) and its moderated stories.
-- Runs on PostgreSQL 15 and on PGlite. Large tables lead with gemeente_code.

-- The documented catalogue (seeded from data/perception/indicators.json).
CREATE TABLE perception_indicators (
  code text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+$'),
  theme text NOT NULL CHECK (theme IN ('perception', 'avoidance', 'victimisation', 'social-nuisance', 'physical-decay', 'mark', 'crime-perception')),
  name_nl text NOT NULL,
  name_en text NOT NULL,
  definition text NOT NULL,
  unit text NOT NULL CHECK (unit IN ('percent', 'mark', 'score')),
  direction text NOT NULL CHECK (direction IN ('higher-is-worse', 'higher-is-better')),
  source text NOT NULL,
  cbs_label text,
  sort_order integer NOT NULL DEFAULT 0
);

CREATE TABLE survey_batches (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente_code text NOT NULL,
  file_name text NOT NULL,
  source text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('all-or-nothing', 'quarantine')),
  actor text NOT NULL,
  rows_read integer NOT NULL DEFAULT 0,
  rows_stored integer NOT NULL DEFAULT 0,
  rows_quarantined integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One estimate per indicator, area and year. area_code is a CBS code of this municipality
-- (GM/WK/BU) or a reference area (NL01, PVnn) for comparison. margin = half-width of the 95%
-- confidence interval in the unit of the value; respondents NULL = not published by the source.
CREATE TABLE survey_results (
  gemeente_code text NOT NULL,
  indicator_code text NOT NULL REFERENCES perception_indicators (code),
  area_code text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  value double precision,
  respondents integer CHECK (respondents >= 0),
  margin double precision CHECK (margin >= 0),
  source text NOT NULL,
  batch_id bigint REFERENCES survey_batches (id) ON DELETE SET NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, indicator_code, area_code, year)
);
CREATE INDEX survey_results_by_area ON survey_results (gemeente_code, area_code, year);

CREATE TABLE survey_quarantine (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES survey_batches (id) ON DELETE CASCADE,
  line integer NOT NULL,
  raw jsonb NOT NULL,
  errors jsonb NOT NULL
);

-- Per-period secret for the device HMAC. Deleted when the period is over (plus a grace period),
-- after which stored device hashes can no longer be linked to any cookie.
CREATE TABLE pulse_period_keys (
  gemeente_code text NOT NULL,
  period text NOT NULL CHECK (period ~ '^\d{4}-Q[1-4]$'),
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, period)
);

-- Anonymous by design: no IP address, account, user agent or time of day; only the day.
CREATE TABLE pulse_responses (
  gemeente_code text NOT NULL,
  id uuid NOT NULL PRIMARY KEY,
  buurt_code text NOT NULL,
  wijk_code text,
  area_year integer NOT NULL,
  period text NOT NULL,
  year integer NOT NULL,
  safe_day smallint NOT NULL CHECK (safe_day BETWEEN 1 AND 10),
  safe_night smallint NOT NULL CHECK (safe_night BETWEEN 1 AND 10),
  problems jsonb NOT NULL DEFAULT '[]'::jsonb,
  age_band text,
  -- HMAC-SHA256(period key, device token | buurt code), hex.
  device_hash text NOT NULL,
  -- Day only, as 'YYYY-MM-DD' text (no time-zone conversion by drivers, no time of day).
  submitted_on text NOT NULL CHECK (submitted_on ~ '^\d{4}-\d{2}-\d{2}$'),
  UNIQUE (gemeente_code, period, device_hash)
);
CREATE INDEX pulse_responses_by_area ON pulse_responses (gemeente_code, buurt_code, year);

-- Stories in residents' own words, seen by staff and public only after moderation. The text is
-- replaced by the redacted version on approval and emptied on rejection.
CREATE TABLE pulse_stories (
  gemeente_code text NOT NULL,
  id uuid NOT NULL PRIMARY KEY,
  response_id uuid NOT NULL REFERENCES pulse_responses (id) ON DELETE CASCADE,
  buurt_code text NOT NULL,
  wijk_code text,
  year integer NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  text text NOT NULL,
  -- Word-shingle fingerprint (sorted hashes) for near-duplicate detection.
  shingles jsonb NOT NULL DEFAULT '[]'::jsonb,
  duplicate_of uuid,
  flags jsonb NOT NULL DEFAULT '[]'::jsonb,
  themes jsonb NOT NULL DEFAULT '[]'::jsonb,
  reject_reason text,
  moderated_by text,
  moderated_at timestamptz,
  -- Day only, as 'YYYY-MM-DD' text (no time-zone conversion by drivers, no time of day).
  submitted_on text NOT NULL CHECK (submitted_on ~ '^\d{4}-\d{2}-\d{2}$')
);
CREATE INDEX pulse_stories_queue ON pulse_stories (gemeente_code, status, submitted_on);
CREATE INDEX pulse_stories_by_area ON pulse_stories (gemeente_code, buurt_code, year);

-- Staff theme tags for stories.
CREATE TABLE perception_themes (
  gemeente_code text NOT NULL,
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9-]+$'),
  name text NOT NULL,
  PRIMARY KEY (gemeente_code, slug)
);
