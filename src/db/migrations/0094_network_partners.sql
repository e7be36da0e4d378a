-- The network (step 10): partner types of the policy, contact persons of a partner (work contact
-- only: name, function, work e-mail and phone — never private data), and agreements (convenanten,
-- covenants on information sharing) with the partners that are party to them.
-- Runs on PostgreSQL 15 and on PGlite.

-- Partner types: the policy's list; the older 'care', 'business' and 'residents' are renamed.
ALTER TABLE partners DROP CONSTRAINT IF EXISTS partners_kind_check;
UPDATE partners SET kind = 'care-provider' WHERE kind = 'care';
UPDATE partners SET kind = 'business-association' WHERE kind = 'business';
UPDATE partners SET kind = 'residents-association' WHERE kind = 'residents';
ALTER TABLE partners ADD CONSTRAINT partners_kind_check CHECK (kind IN ('police', 'public-prosecutor', 'municipality',
  'housing-corporation', 'social-team', 'youth-work', 'school', 'care-provider', 'faith-community', 'business-association',
  'sports-club', 'residents-association', 'other'));

-- Contact persons of a partner organisation: work contact only. Reads are logged (network.contacts.read).
CREATE TABLE partner_contacts (
  id uuid PRIMARY KEY,
  partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  name text NOT NULL,
  job_title text,
  work_email text,
  work_phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_contacts_partner ON partner_contacts (partner_id, name);

-- Agreements, created under one partner (partner_id); every party (that one included) in
-- partner_agreement_parties. reminder_sent_at: the one "expires soon" mail was queued.
CREATE TABLE partner_agreements (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('convenant', 'information-sharing', 'other')),
  title text NOT NULL,
  legal_basis text,
  starts_on date NOT NULL,
  ends_on date,
  data_covered text,
  area_codes text[] NOT NULL DEFAULT '{}',
  reminder_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CHECK (kind <> 'information-sharing' OR legal_basis IS NOT NULL)
);
CREATE INDEX partner_agreements_partner ON partner_agreements (partner_id);
CREATE INDEX partner_agreements_ends ON partner_agreements (gemeente_code, ends_on);

CREATE TABLE partner_agreement_parties (
  agreement_id uuid NOT NULL REFERENCES partner_agreements (id) ON DELETE CASCADE,
  partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  PRIMARY KEY (agreement_id, partner_id)
);
CREATE INDEX partner_agreement_parties_partner ON partner_agreement_parties (partner_id);
