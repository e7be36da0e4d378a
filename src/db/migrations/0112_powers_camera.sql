-- Camera areas (art. 151c Gemeentewet, step 12): the yearly evaluation of a camera decision — the
-- year evaluated, the conclusion and whether the cameras continue, are adjusted or stop. No person data.
CREATE TABLE camera_evaluations (
  id uuid PRIMARY KEY,
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  -- the evaluation year: 1 = the first year from measure_start, 2 = the second, …
  year integer NOT NULL CHECK (year BETWEEN 1 AND 50),
  evaluated_on date NOT NULL,
  conclusion text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('continue', 'adjust', 'stop')),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (decision_id, year)
);
