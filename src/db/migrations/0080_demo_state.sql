-- Demo content per municipality: when it was last loaded and when an admin removed it, so a
-- restart with STADSVEILIG_DEMO=on does not bring removed demo content back.
CREATE TABLE demo_state (
  gemeente_code text PRIMARY KEY,
  loaded_at timestamptz,
  loaded_by text,
  removed_at timestamptz,
  removed_by text
);
