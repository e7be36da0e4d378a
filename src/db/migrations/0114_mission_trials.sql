-- Compliance trials (step 12, principle 8): a behavioural measure of a mission run as a randomised or
-- stepped-wedge trial. One trial per measure. The units are buurten or named units (streets, bins,
-- parking zones) with a label; no person data. The allocation is made by the platform with a recorded
-- seed (SplitMix64 + Fisher–Yates) and the pre-registration fixes design, hypothesis, indicator,
-- units, allocation and periods: after registered_at nothing of that changes (the service refuses).
CREATE TABLE mission_trials (
  measure_id uuid PRIMARY KEY REFERENCES mission_measures (id) ON DELETE CASCADE,
  mission_id uuid NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
  design text NOT NULL CHECK (design IN ('randomised', 'stepped-wedge')),
  -- stepped wedge: the number of steps (groups of units crossing to treatment), null when randomised
  steps integer CHECK (steps IS NULL OR steps BETWEEN 2 AND 12),
  -- {kind: 'buurten', codes} or {kind: 'named', units: [{code, label}]}
  units jsonb NOT NULL,
  hypothesis text NOT NULL,
  -- the one primary indicator: {source, crimeTypes|categories|feitCodes|name+unit} and its expected direction
  indicator jsonb NOT NULL,
  expected_direction text NOT NULL CHECK (expected_direction IN ('decrease', 'increase')),
  baseline_from date NOT NULL,
  baseline_to date NOT NULL,
  trial_from date NOT NULL,
  trial_to date NOT NULL,
  -- decimal text of the 64-bit seed, the allocation [{code, label, arm|step}], who and when
  seed text,
  allocation jsonb,
  randomised_by text,
  randomised_at timestamptz,
  registered_by text,
  registered_at timestamptz,
  -- manual indicator values: {unitCode: {period: value}} (periods 'baseline', 'trial', 'step-1'…)
  measurements jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (baseline_to > baseline_from AND trial_to > trial_from AND trial_from >= baseline_to),
  CHECK ((design = 'stepped-wedge') = (steps IS NOT NULL)),
  CHECK (registered_at IS NULL OR allocation IS NOT NULL)
);
CREATE INDEX mission_trials_by_mission ON mission_trials (mission_id);
