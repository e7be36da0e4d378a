-- Departments and teams of the municipality (Beheer → Afdelingen en teams). Signals route to a
-- department by its name (signal_categories.department, signal_routing_rules.assign_to), so the
-- name is unique per municipality, case-insensitively.
CREATE TABLE departments (
  id uuid PRIMARY KEY,
  gemeente_code text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  kind text NOT NULL DEFAULT 'afdeling' CHECK (kind IN ('afdeling', 'team')),
  -- A shared mailbox of the department (optional).
  email text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX departments_name ON departments (gemeente_code, lower(name));

-- Which accounts belong to a department or team (an account may be in several).
CREATE TABLE department_members (
  department_id uuid NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (department_id, user_id)
);
CREATE INDEX department_members_user ON department_members (user_id);
