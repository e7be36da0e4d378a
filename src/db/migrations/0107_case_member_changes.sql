-- PGA cases (step 11): who was assigned to or taken off a case, and by whom — for the case's timeline.
-- Youth groups no longer hold references to cases: a case links to a youth group instead (case_links).
CREATE TABLE case_member_changes (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  user_id uuid,
  change text NOT NULL CHECK (change IN ('added', 'removed')),
  member_role text NOT NULL CHECK (member_role IN ('director', 'member')),
  partner_id uuid,
  actor_id uuid,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_member_changes_case ON case_member_changes (case_id, at);

ALTER TABLE youth_groups DROP COLUMN IF EXISTS case_refs;
