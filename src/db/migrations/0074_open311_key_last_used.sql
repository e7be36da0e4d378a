-- When an Open311 API key was last presented with a request (written at most once a minute).
ALTER TABLE open311_api_keys ADD COLUMN last_used_at timestamptz;
