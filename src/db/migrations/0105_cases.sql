-- Person-oriented approach (PGA, step 11): cases with need-to-know. The most sensitive data the
-- platform holds. Access is per case (case_members), never per role; the BSN and care information
-- are encrypted at rest with a key outside the database (cases/field-crypto.ts), and searchable only
-- through keyed hashes. Every read and write is in audit_log with its legal basis.

-- The processing log names the legal basis of each processing (the covenant of a case), and
-- printing is an operation of its own.
ALTER TABLE audit_log ADD COLUMN legal_basis text;
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_operation_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_operation_check
  CHECK (operation IN ('read', 'create', 'update', 'delete', 'export', 'print', 'login', 'logout'));

-- The reasons for inclusion a municipality works with (configurable; defaults seeded by the module).
CREATE TABLE case_criteria (
  gemeente_code text NOT NULL,
  code text NOT NULL,
  name_nl text NOT NULL,
  name_en text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_code, code)
);

CREATE TABLE cases (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  -- a readable reference (PGA-2026-0001), the only thing others may be told exists
  reference text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'aangemeld'
    CHECK (status IN ('aangemeld', 'in-behandeling', 'plan-vastgesteld', 'monitoring', 'afgesloten')),
  criteria text[] NOT NULL,
  director_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- the person; all null after anonymisation
  person_name text,
  person_birth_date date,
  person_bsn_enc text,
  person_address text,
  care_info_enc text,
  -- keyed hashes (HMAC) for the existence search: normalised name + date of birth, and the BSN
  search_hashes text[] NOT NULL DEFAULT '{}',
  -- the buurt of the address, for aggregate figures only
  area_code text,
  trajectory text CHECK (trajectory IS NULL OR trajectory IN ('zorg', 'justitieel', 'combinatie', 'nazorg')),
  -- the covenant (network agreement) that is the legal basis of the processing, and its name as logged
  agreement_id uuid,
  legal_basis text NOT NULL,
  youth_group_id uuid,
  closing_reason text,
  opened_at timestamptz NOT NULL DEFAULT now(),
  plan_set_at timestamptz,
  closed_at timestamptz,
  anonymised_at timestamptz,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_status ON cases (gemeente_code, status);
CREATE INDEX cases_search ON cases USING gin (search_hashes);
CREATE INDEX cases_closed ON cases (closed_at) WHERE anonymised_at IS NULL;

-- Who works on a case: the procesregisseur (role 'director') and the members assigned to it, each
-- acting for an organisation (a partner of the network, or null for the municipality).
CREATE TABLE case_members (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  member_role text NOT NULL DEFAULT 'member' CHECK (member_role IN ('director', 'member')),
  partner_id uuid,
  added_by uuid,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_members_user ON case_members (user_id);

-- The organisations involved (partners of the network), beside the people assigned.
CREATE TABLE case_partners (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  partner_id uuid NOT NULL,
  PRIMARY KEY (case_id, partner_id)
);

-- Household members of the person, with their relation.
CREATE TABLE case_household (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  name text,
  birth_date date,
  relation text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_household_case ON case_household (case_id);

-- Every status transition with its reason.
CREATE TABLE case_status_history (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  reason text,
  actor_id uuid,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_status_history_case ON case_status_history (case_id, at);

-- References to other records: a youth group, an address with measures (step 12), incidents, reports.
CREATE TABLE case_links (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('youth-group', 'address', 'incident', 'signal', 'decision')),
  ref text NOT NULL,
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, kind, ref)
);

-- Break-glass: opening a case one is not assigned to, with a reason; listed for the privacy officer.
CREATE TABLE case_break_glass (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reason text NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  reviewed_by uuid,
  review_note text
);
CREATE INDEX case_break_glass_open ON case_break_glass (case_id, user_id, expires_at);
