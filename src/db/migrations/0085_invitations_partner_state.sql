-- Invitations by one-time link (Beheer → Gebruikers): the account exists with a password nobody
-- knows; the link <public url>/uitnodiging#<token> lets the invitee set their own. Only the
-- token's SHA-256 is stored; a token is used once and expires (STADSVEILIG_INVITE_HOURS).
CREATE TABLE user_invitations (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  withdrawn_at timestamptz
);
CREATE INDEX user_invitations_user ON user_invitations (user_id, created_at DESC);

-- Partner organisations in Beheer → Partners: deactivated instead of deleted (their history in
-- missions and reports stays), and the areas (CBS wijk/buurt codes) they work in.
ALTER TABLE partners
  ADD COLUMN active boolean NOT NULL DEFAULT true,
  ADD COLUMN area_codes text[] NOT NULL DEFAULT '{}';
