-- The lock-out moved to login_throttle (0073: per account and client); the per-account columns of
-- 0001 are no longer read or written.
ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;
