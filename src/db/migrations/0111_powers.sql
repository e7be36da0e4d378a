-- Administrative powers (step 12, principle 7): the register of decisions under a legal basis (art. 13b
-- Opiumwet, art. 174a/172/172a/151b/151c/151d Gemeentewet, APV, Wet Bibob) with the Awb procedure as a
-- state machine and its legal deadlines. A decision names a person or business only by reference to a
-- PGA case (case_id, the cases module's record); no person data is stored here.

-- The catalogue of legal bases a municipality works with (seeded by the module; admins add APV articles).
CREATE TABLE power_bases (
  gemeente_code text NOT NULL,
  code text NOT NULL,
  label text NOT NULL,
  -- the article as cited, e.g. 'art. 13b Opiumwet'
  article text NOT NULL,
  -- what the decision does: closure, area ban, order, risk area, camera area, housing nuisance, APV, Bibob
  measure_kind text NOT NULL
    CHECK (measure_kind IN ('closure', 'area-ban', 'order', 'risk-area', 'camera', 'housing-nuisance', 'apv', 'bibob')),
  -- where the decision applies: an address, an area (buurten/polygon), or either
  place_kind text NOT NULL CHECK (place_kind IN ('address', 'area', 'either')),
  description text NOT NULL DEFAULT '',
  -- the usual term for a zienswijze (hearing) in days, null when the power usually has none
  hearing_days integer CHECK (hearing_days IS NULL OR hearing_days BETWEEN 1 AND 90),
  active boolean NOT NULL DEFAULT true,
  builtin boolean NOT NULL DEFAULT false,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_code, code)
);

CREATE TABLE decisions (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  -- a readable number (BB-2026-0001)
  number text NOT NULL UNIQUE,
  base_code text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  state text NOT NULL DEFAULT 'voornemen'
    CHECK (state IN ('voornemen', 'zienswijze', 'besluit', 'bekendgemaakt', 'bezwaar', 'beslissing-op-bezwaar', 'beroep', 'afgerond', 'ingetrokken')),
  -- the place: a BAG address through the geocoder (label and point), and/or an area (buurt/wijk codes, a polygon)
  address_label text,
  lon double precision,
  lat double precision,
  buurt_code text,
  area_codes text[] NOT NULL DEFAULT '{}',
  geometry jsonb,
  -- the person or business, only by reference to a PGA case; the mission the decision serves
  case_id uuid,
  mission_id uuid,
  -- facts by reference: [{kind: 'incident'|'signal', reference, note}]; documents: [{title, reference, date}]
  facts jsonb NOT NULL DEFAULT '[]',
  documents jsonb NOT NULL DEFAULT '[]',
  -- the Awb procedure's dates (calendar dates; deadlines are computed from them)
  hearing_invited_on date,
  hearing_due date,
  decided_on date,
  announced_on date,
  objection_received_on date,
  advisory_committee boolean NOT NULL DEFAULT false,
  objection_extension_weeks integer NOT NULL DEFAULT 0 CHECK (objection_extension_weeks BETWEEN 0 AND 52),
  objection_decided_on date,
  objection_outcome text CHECK (objection_outcome IS NULL OR objection_outcome IN ('gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk', 'ingetrokken')),
  appeal_filed_on date,
  appeal_outcome text,
  bibob_requested_on date,
  bibob_extended boolean NOT NULL DEFAULT false,
  closed_on date,
  -- the measure's period (closure, ban, camera area): start, end, an extension and its lifting
  measure_start date,
  measure_end date,
  extended_to date,
  lifted_on date,
  -- what was published (the public part); null until published, never more than this on public pages
  public_text text,
  published_on date,
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX decisions_gemeente_state ON decisions (gemeente_code, state);
CREATE INDEX decisions_buurt ON decisions (gemeente_code, buurt_code);
CREATE INDEX decisions_case ON decisions (case_id) WHERE case_id IS NOT NULL;

-- Every step of the procedure: who, why, and the date the step took legal effect.
CREATE TABLE decision_transitions (
  id uuid PRIMARY KEY,
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  effective_on date NOT NULL,
  reason text,
  details jsonb NOT NULL DEFAULT '{}',
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decision_transitions_decision ON decision_transitions (decision_id, recorded_at);

-- Reminders sent before a deadline, so housekeeping sends each one once.
CREATE TABLE decision_reminders (
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  deadline_kind text NOT NULL,
  due date NOT NULL,
  days_before integer NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (decision_id, deadline_kind, due, days_before)
);
