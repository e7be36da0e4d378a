-- Residents' initiatives (step 10, principle 4 "initiatieven uit de stad"): what residents run in
-- their buurt, registered through the public form without an account. `initiatives` holds no
-- personal data; the initiator's contact details live apart in `initiative_contacts` (need-to-know:
-- initiatives:review, every read logged, removed a year after the initiative ended).
CREATE TABLE initiatives (
  id uuid PRIMARY KEY,
  gemeente_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('buurtpreventie', 'whatsapp-buurtpreventie', 'neighbourhood-event', 'clean-up', 'safety-app-group', 'other')),
  title text NOT NULL,
  description text NOT NULL,
  buurt_code text NOT NULL,
  lat double precision,
  lon double precision,
  people_estimate integer CHECK (people_estimate IS NULL OR people_estimate BETWEEN 1 AND 100000),
  support_asked text[] NOT NULL DEFAULT '{}',
  support_note text,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-contact', 'supported', 'active', 'ended')),
  -- consent given on the form: publish title, kind, buurt and description; publish the contact e-mail
  publish boolean NOT NULL DEFAULT false,
  publish_contact_email boolean NOT NULL DEFAULT false,
  -- staff put it on the public list (only with the initiators' consent above)
  published boolean NOT NULL DEFAULT false,
  reviewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  mission_ids uuid[] NOT NULL DEFAULT '{}',
  -- the yearly check-in: when it is due, and the due date a reminder was already sent for
  next_check_in date,
  reminded_for date,
  ended_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  demo boolean NOT NULL DEFAULT false
);
CREATE INDEX initiatives_gemeente_status ON initiatives (gemeente_code, status);
CREATE INDEX initiatives_buurt ON initiatives (buurt_code);

CREATE TABLE initiative_contacts (
  initiative_id uuid PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Status changes, check-ins and other review steps (who, when, what), newest last.
CREATE TABLE initiative_history (
  id uuid PRIMARY KEY,
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  event text NOT NULL,
  from_status text,
  to_status text,
  note text
);
CREATE INDEX initiative_history_initiative ON initiative_history (initiative_id, at);

-- Support the municipality gave: money, materials, training or a contact person.
CREATE TABLE initiative_support (
  id uuid PRIMARY KEY,
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('amount', 'materials', 'training', 'contact')),
  amount_euro numeric(12, 2) CHECK (amount_euro IS NULL OR amount_euro >= 0),
  description text NOT NULL,
  given_on date NOT NULL,
  until date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX initiative_support_initiative ON initiative_support (initiative_id, given_on);
