-- Municipality settings changed in Beheer → Instellingen (module settings). A null column means
-- "the environment's value" (src/core/config.ts), so the environment stays the default.
CREATE TABLE municipality_settings (
  gemeente_code text PRIMARY KEY CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
  name text CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100),
  map_background text CHECK (map_background IS NULL OR map_background IN ('none', 'pdok-brt')),
  base_year integer CHECK (base_year IS NULL OR base_year BETWEEN 1990 AND 2200),
  min_cell_count integer CHECK (min_cell_count IS NULL OR min_cell_count BETWEEN 1 AND 1000),
  perception_min_respondents integer CHECK (perception_min_respondents IS NULL OR perception_min_respondents BETWEEN 1 AND 10000),
  pulse_min_answers integer CHECK (pulse_min_answers IS NULL OR pulse_min_answers BETWEEN 1 AND 10000),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every change with its old and new value (null = the environment's value) and who made it.
CREATE TABLE municipality_settings_changes (
  id bigserial PRIMARY KEY,
  gemeente_code text NOT NULL,
  setting text NOT NULL,
  old_value text,
  new_value text,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX municipality_settings_changes_recent ON municipality_settings_changes (gemeente_code, id DESC);
