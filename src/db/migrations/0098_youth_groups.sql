-- Youth groups (jeugdgroepen, step 10): a register of problematic youth groups per area after the
-- Beke shortlist method. No persons: a group has an alias, never names; PGA cases (step 11) are
-- referenced by id only (case_refs), shown only to those who may see cases.
CREATE TABLE youth_groups (
  gemeente_code text NOT NULL,
  id uuid PRIMARY KEY,
  name text NOT NULL,
  area_code text NOT NULL,
  description text,
  size_estimate integer CHECK (size_estimate IS NULL OR size_estimate BETWEEN 1 AND 500),
  age_min integer CHECK (age_min IS NULL OR age_min BETWEEN 6 AND 40),
  age_max integer CHECK (age_max IS NULL OR age_max BETWEEN 6 AND 40),
  -- hangplekken: [{ "name": …, "geometry": GeoJSON Point or Polygon, WGS84 }]
  hangplekken jsonb NOT NULL DEFAULT '[]',
  measures text[] NOT NULL DEFAULT '{}',
  partner_ids uuid[] NOT NULL DEFAULT '{}',
  mission_id uuid,
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  review_date date,
  -- the review date a reminder was sent for (one reminder per review date)
  reminded_for date,
  case_refs text[] NOT NULL DEFAULT '{}',
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX youth_groups_area ON youth_groups (gemeente_code, area_code);
CREATE UNIQUE INDEX youth_groups_name ON youth_groups (gemeente_code, lower(name));

-- One shortlist assessment: answers per item (0 not, 1 now and then, 2 regularly), the class the
-- rule computes and the class the assessor records (with a reason when they differ).
CREATE TABLE youth_group_assessments (
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES youth_groups (id) ON DELETE CASCADE,
  assessed_on date NOT NULL,
  assessor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  answers jsonb NOT NULL,
  computed text NOT NULL CHECK (computed IN ('hinderlijk', 'overlastgevend', 'crimineel')),
  classification text NOT NULL CHECK (classification IN ('hinderlijk', 'overlastgevend', 'crimineel')),
  deviation_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (classification = computed OR deviation_reason IS NOT NULL)
);
CREATE INDEX youth_group_assessments_group ON youth_group_assessments (group_id, assessed_on, created_at);
