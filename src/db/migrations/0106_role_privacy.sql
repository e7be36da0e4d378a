-- The privacy officer (functionaris gegevensbescherming, step 11): reads the processing log and reviews
-- break-glass openings of PGA cases, never a case's content.
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('admin', 'analyst', 'coordinator', 'caseworker', 'partner', 'viewer', 'privacy'));
