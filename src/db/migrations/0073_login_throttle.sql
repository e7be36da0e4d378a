-- Login throttling (docs/ARCHITECTURE.md, Privacy). One row per (account, client): the account is
-- an HMAC pseudonym of the lower-cased e-mail address (so unknown addresses are throttled alike and
-- no address is stored), the client is 'ip:<pseudonym>', 'device:<hash of a device cookie>' or
-- 'untrusted' (every client without a device cookie together, the account-wide backstop).
-- `pending` counts verifications in flight: an attempt is reserved here before the password is
-- checked, so parallel guesses never verify more than the limit.
CREATE TABLE login_throttle (
  account_key text NOT NULL,
  client_key text NOT NULL,
  pending integer NOT NULL DEFAULT 0,
  failures integer NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL,
  locked_until timestamptz,
  lock_level integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (account_key, client_key)
);
CREATE INDEX login_throttle_by_update ON login_throttle (updated_at);

-- Browsers that logged in to an account before ("known-good clients"): only the SHA-256 of the
-- device cookie is stored. A known device has its own throttle row, so a stranger's failures
-- elsewhere never lock it out.
CREATE TABLE login_devices (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX login_devices_by_user ON login_devices (user_id);
CREATE INDEX login_devices_by_expiry ON login_devices (expires_at);
