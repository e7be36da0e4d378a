-- Missions (opgaven): a safety problem taken on mission-driven, with its frozen evidence from the
-- analysis, goals (KPIs) whose progress is computed from live data, measures (maatregelen),
-- participants (partners, residents' initiatives, groups), a log of decisions and meetings, and an
-- optional approved public summary. No personal data of residents is stored here.
-- Runs on PostgreSQL 15 and on PGlite. Tables lead with gemeente_code.

-- Partner organisations (police, social neighbourhood team, housing corporation, school, …):
-- organisations, not people; contact_role names a function ("wijkagent"), never a person.
CREATE TABLE partners (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('police', 'public-prosecutor', 'social-team', 'housing-corporation', 'school', 'youth-work',
    'care', 'business', 'residents', 'municipality', 'other')),
  contact_role text,
  description text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX partners_name ON partners (gemeente_code, lower(name));

-- Which user accounts (role partner) act for which partner organisation.
CREATE TABLE partner_members (
  partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (partner_id, user_id)
);

CREATE TABLE missions (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  number text NOT NULL,
  title text NOT NULL,
  problem_statement text NOT NULL DEFAULT '',
  -- {kind:'buurten', year, codes[]} | {kind:'cells', cellSize, cells[[x,y]]} | {kind:'polygon', geometry}
  scope jsonb NOT NULL,
  crime_types jsonb NOT NULL DEFAULT '[]'::jsonb,
  signal_categories jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- hour-of-week windows and a free description: {description, hoursOfWeek[]}
  times jsonb NOT NULL DEFAULT '{}'::jsonb,
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
  status text NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'analysis', 'approach', 'running', 'evaluation', 'closed')),
  start_date date,
  next_review date,
  review_interval_days integer CHECK (review_interval_days IS NULL OR review_interval_days BETWEEN 1 AND 730),
  impact_score smallint CHECK (impact_score IS NULL OR impact_score BETWEEN 1 AND 5),
  impact_rationale text,
  feasibility_score smallint CHECK (feasibility_score IS NULL OR feasibility_score BETWEEN 1 AND 5),
  feasibility_rationale text,
  -- effect settings chosen by the analyst: comparison buurten, ring width, periods (NULL = suggested)
  effect_settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- the early-warning alert this mission came from, if any
  origin jsonb,
  public_status text NOT NULL DEFAULT 'none' CHECK (public_status IN ('none', 'draft', 'approved')),
  public_title text,
  public_summary text,
  public_join text,
  public_approved_by text,
  public_approved_at timestamptz,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (gemeente_code, number)
);
CREATE INDEX missions_by_status ON missions (gemeente_code, status);

CREATE TABLE mission_counters (
  gemeente_code text NOT NULL,
  year integer NOT NULL,
  last_value integer NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_code, year)
);

CREATE TABLE mission_status_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  reason text,
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mission_status_history_by_mission ON mission_status_history (mission_id, at);

-- Frozen analysis results with the query that produced them (re-runnable for comparison).
CREATE TABLE mission_evidence (
  id uuid PRIMARY KEY,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('crime-counts', 'hotcrimes', 'hottimes', 'concentration', 'report-counts', 'snapshot')),
  title text NOT NULL,
  query jsonb NOT NULL,
  result jsonb NOT NULL,
  note text,
  captured_by text NOT NULL,
  captured_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mission_evidence_by_mission ON mission_evidence (mission_id, captured_at);

CREATE TABLE mission_goals (
  id uuid PRIMARY KEY,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  title text NOT NULL,
  -- {source:'registered-crime'|'reports'|'perception'|'custom', ...parameters}
  indicator jsonb NOT NULL,
  direction text NOT NULL CHECK (direction IN ('decrease', 'increase')),
  baseline_value double precision,
  baseline_from date NOT NULL,
  baseline_to date NOT NULL,
  target_value double precision NOT NULL,
  deadline date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (baseline_to > baseline_from)
);
CREATE INDEX mission_goals_by_mission ON mission_goals (mission_id);

-- Manually entered measurements of a custom indicator: data with source and date.
CREATE TABLE goal_measurements (
  id uuid PRIMARY KEY,
  goal_id uuid NOT NULL REFERENCES mission_goals (id) ON DELETE CASCADE,
  measured_on date NOT NULL,
  value double precision NOT NULL,
  source text NOT NULL,
  note text,
  entered_by text NOT NULL,
  entered_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goal_measurements_by_goal ON goal_measurements (goal_id, measured_on);

CREATE TABLE mission_measures (
  id uuid PRIMARY KEY,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  type text NOT NULL CHECK (type IN ('preventive', 'repressive', 'care', 'behavioural', 'administrative-power')),
  power_kind text CHECK (power_kind IN ('gebiedsverbod', 'sluiting', 'camera', 'bibob')),
  legal_basis text,
  owner_partner_id uuid REFERENCES partners (id) ON DELETE SET NULL,
  start_date date,
  end_date date,
  cost_eur numeric(12, 2) CHECK (cost_eur IS NULL OR cost_eur >= 0),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'paused', 'finished', 'cancelled')),
  -- behavioural measures: {easy, attractive, social, timely} and the hypothesis
  design jsonb,
  hypothesis text,
  -- the measure's own area when smaller than the mission scope (same shape as missions.scope)
  scope jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  CHECK ((type = 'administrative-power') = (power_kind IS NOT NULL))
);
CREATE INDEX mission_measures_by_mission ON mission_measures (mission_id);

CREATE TABLE mission_participants (
  id uuid PRIMARY KEY,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('partner', 'initiative', 'group')),
  partner_id uuid REFERENCES partners (id) ON DELETE CASCADE,
  name text NOT NULL,
  role text,
  joined_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'partner') = (partner_id IS NOT NULL))
);
CREATE INDEX mission_participants_by_mission ON mission_participants (mission_id);
CREATE UNIQUE INDEX mission_participants_partner ON mission_participants (mission_id, partner_id) WHERE partner_id IS NOT NULL;

CREATE TABLE mission_log (
  id uuid PRIMARY KEY,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('decision', 'meeting', 'note')),
  occurred_on date NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  actor text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mission_log_by_mission ON mission_log (mission_id, occurred_on);
