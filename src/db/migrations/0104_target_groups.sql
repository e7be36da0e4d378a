-- Vulnerable target groups (step 10, principle 5): per municipality, configurable. No person data:
-- a group is a theme (kwetsbare ouderen, verward gedrag, …) with the partners responsible for it,
-- its programmes, the areas they apply to, and which report categories and registered crime types
-- count as its indicators (aggregates only, computed from the signals and incidents modules).
-- Runs on PostgreSQL 15 and on PGlite.
CREATE TABLE target_groups (
  id uuid PRIMARY KEY,
  gemeente_code text NOT NULL,
  key text NOT NULL,
  name_nl text NOT NULL,
  name_en text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- network partners (partners.id) responsible; checked by the service through the network module
  partner_ids text[] NOT NULL DEFAULT '{}',
  -- [{ "name": …, "description": …, "url": … }]
  programmes jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- CBS wijk/buurt codes the programmes and responsibilities apply to; empty = city-wide
  area_codes text[] NOT NULL DEFAULT '{}',
  -- indicator definitions: signal category slugs and CBS/Politie crime-type codes
  category_slugs text[] NOT NULL DEFAULT '{}',
  crime_types text[] NOT NULL DEFAULT '{}',
  sort_order integer NOT NULL DEFAULT 0,
  -- one of the six shipped defaults (seeded when the municipality had none)
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT target_groups_key_unique UNIQUE (gemeente_code, key)
);
CREATE INDEX target_groups_gemeente ON target_groups (gemeente_code, sort_order);
