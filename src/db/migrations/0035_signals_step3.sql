-- Signals step 3: partner organisations' access, location corrections, double opt-in for e-mail
-- subscriptions, and a faster intake. Runs on PostgreSQL 15 and on PGlite.

-- Which partner organisation a user account (role partner) acts for. `partner` is the name used by
-- routing rules (assign_kind 'partner') and stored in signals.partner when a report is forwarded.
CREATE TABLE signal_partner_users (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  gemeente_code text NOT NULL,
  partner text NOT NULL CHECK (length(partner) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signals_by_partner ON signals (gemeente_code, partner, created_at) WHERE partner IS NOT NULL;

-- Whether partners handling a report of this category may see the reporter's contact details.
ALTER TABLE signal_categories ADD COLUMN partner_contact boolean NOT NULL DEFAULT false;

-- New history kinds: 'location' (staff corrected the place).
ALTER TABLE signal_history DROP CONSTRAINT signal_history_kind_check;
ALTER TABLE signal_history ADD CONSTRAINT signal_history_kind_check CHECK (kind IN ('created', 'status', 'note', 'assign', 'category',
  'split', 'merge', 'feedback', 'routed', 'photo', 'location'));

-- Double opt-in: a subscription receives mail only once confirmed through the link in the
-- confirmation e-mail; unconfirmed ones expire (retention job). Existing ones count as confirmed.
ALTER TABLE signal_subscriptions ADD COLUMN confirmed_at timestamptz;
ALTER TABLE signal_subscriptions ADD COLUMN confirm_token_hash text;
UPDATE signal_subscriptions SET confirmed_at = created_at;
CREATE UNIQUE INDEX signal_subscriptions_by_confirm_token ON signal_subscriptions (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE INDEX signal_subscriptions_by_buurt ON signal_subscriptions (gemeente_code, buurt_code) WHERE kind = 'buurt' AND confirmed_at IS NOT NULL;
CREATE INDEX signal_subscriptions_unconfirmed ON signal_subscriptions (created_at) WHERE confirmed_at IS NULL;

-- Outbox administration: failed messages are listed and retried by admins.
CREATE INDEX mail_outbox_failed ON mail_outbox (id) WHERE status = 'failed';
