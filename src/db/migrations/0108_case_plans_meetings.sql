-- PGA (step 11): a case's plan and its case meetings (casusoverleg). All content hangs on a case
-- and is read and written only through need-to-know (cases/case-access.ts openCase). Free texts
-- (goal, intervention outcome, item notes, decisions, actions) are nullable so retention can erase
-- them and keep the skeleton (domain, status, dates) for aggregate figures.

-- Goals per life domain.
CREATE TABLE case_goals (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  domain text NOT NULL CHECK (domain IN ('safety', 'care', 'housing', 'income', 'daytime', 'justice')),
  text text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'behaald', 'niet-behaald')),
  target_date date,
  sort integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_goals_case ON case_goals (case_id, sort);

-- Interventions: who does what (a network partner, or the municipality when partner_id is null).
CREATE TABLE case_interventions (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  domain text CHECK (domain IS NULL OR domain IN ('safety', 'care', 'housing', 'income', 'daytime', 'justice')),
  description text,
  partner_id uuid,
  responsible_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  planned_start date,
  planned_end date,
  done_on date,
  outcome text,
  result text NOT NULL DEFAULT 'onbekend' CHECK (result IN ('positief', 'neutraal', 'negatief', 'onbekend')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_interventions_case ON case_interventions (case_id, created_at);

-- Milestones of a nazorg trajectory: release date, ID, housing, income, care.
CREATE TABLE case_milestones (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('release', 'id', 'housing', 'income', 'care')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'geregeld', 'niet-nodig')),
  on_date date,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, kind)
);

-- Case meetings. The general minutes hold no case content (the UI says so); notes per case are
-- kept per agenda item, so a reader sees only the notes of the cases they have a role in.
CREATE TABLE case_meetings (
  id uuid PRIMARY KEY,
  gemeente_code text NOT NULL,
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  location text,
  status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'gehouden')),
  general_minutes text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_meetings_start ON case_meetings (gemeente_code, starts_at);

CREATE TABLE case_meeting_attendees (
  meeting_id uuid NOT NULL REFERENCES case_meetings (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  partner_id uuid,
  PRIMARY KEY (meeting_id, user_id)
);
CREATE INDEX case_meeting_attendees_user ON case_meeting_attendees (user_id);

CREATE TABLE case_meeting_items (
  meeting_id uuid NOT NULL REFERENCES case_meetings (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position integer NOT NULL,
  notes text,
  PRIMARY KEY (meeting_id, case_id)
);
CREATE INDEX case_meeting_items_case ON case_meeting_items (case_id);

CREATE TABLE case_meeting_decisions (
  id uuid PRIMARY KEY,
  meeting_id uuid NOT NULL,
  case_id uuid NOT NULL,
  text text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (meeting_id, case_id) REFERENCES case_meeting_items (meeting_id, case_id) ON DELETE CASCADE
);
CREATE INDEX case_meeting_decisions_item ON case_meeting_decisions (meeting_id, case_id);

CREATE TABLE case_meeting_actions (
  id uuid PRIMARY KEY,
  decision_id uuid NOT NULL REFERENCES case_meeting_decisions (id) ON DELETE CASCADE,
  meeting_id uuid NOT NULL,
  case_id uuid NOT NULL,
  text text,
  owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  deadline date,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_meeting_actions_decision ON case_meeting_actions (decision_id);
