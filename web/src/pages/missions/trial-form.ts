/** The trial design form: its state, the check (error keys under trial.errors.*) and the request body. */
import type { Trial, TrialBody } from './trial-api.ts';

export type TrialSource = 'signals' | 'incidents' | 'enforcement' | 'manual';

export interface TrialFormState {
  design: 'randomised' | 'stepped-wedge';
  steps: string;
  unitKind: 'buurten' | 'named';
  units: string;
  hypothesis: string;
  source: TrialSource;
  codes: string;
  manualName: string;
  manualUnit: string;
  expectedDirection: 'decrease' | 'increase';
  baselineFrom: string;
  baselineTo: string;
  trialFrom: string;
  trialTo: string;
}

export type TrialFormErrors = Partial<Record<'units' | 'codes' | 'hypothesis' | 'dates' | 'manual', string>>;

export function emptyTrialForm(hypothesis: string | null): TrialFormState {
  return {
    design: 'randomised',
    steps: '3',
    unitKind: 'buurten',
    units: '',
    hypothesis: hypothesis ?? '',
    source: 'signals',
    codes: '',
    manualName: '',
    manualUnit: '',
    expectedDirection: 'decrease',
    baselineFrom: '',
    baselineTo: '',
    trialFrom: '',
    trialTo: '',
  };
}

const words = (s: string) => s.split(/[\s,;]+/).filter(Boolean);

/** Named units: one `code;label` per line (a line without `;` is its own label). */
export function parseNamedUnits(text: string): { code: string; label: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [code, ...label] = l.split(';');
      return { code: code!.trim(), label: label.join(';').trim() || code!.trim() };
    });
}

export function trialFormFrom(t: Trial): TrialFormState {
  const i = t.indicator;
  return {
    design: t.design,
    steps: String(t.steps ?? 3),
    unitKind: t.units.kind,
    units: t.units.kind === 'buurten' ? t.units.codes.join(' ') : t.units.units.map((u) => `${u.code};${u.label}`).join('\n'),
    hypothesis: t.hypothesis,
    source: i.source,
    codes:
      i.source === 'signals'
        ? i.categories.join(' ')
        : i.source === 'incidents'
          ? i.crimeTypes.join(' ')
          : i.source === 'enforcement'
            ? i.feitCodes.join(' ')
            : '',
    manualName: i.source === 'manual' ? i.name : '',
    manualUnit: i.source === 'manual' ? i.unit : '',
    expectedDirection: t.expectedDirection,
    baselineFrom: t.baselineFrom,
    baselineTo: t.baselineTo,
    trialFrom: t.trialFrom,
    trialTo: t.trialTo,
  };
}

export function checkTrialForm(f: TrialFormState): TrialFormErrors {
  const e: TrialFormErrors = {};
  const n = f.unitKind === 'buurten' ? words(f.units).length : parseNamedUnits(f.units).length;
  if (n < 2) e.units = 'units';
  if (f.source === 'manual' && (!f.manualName.trim() || !f.manualUnit.trim())) e.manual = 'manual';
  if (f.source !== 'manual' && words(f.codes).length === 0) e.codes = 'codes';
  if (f.hypothesis.trim().length < 10) e.hypothesis = 'hypothesis';
  if (!f.baselineFrom || !f.baselineTo || !f.trialFrom || !f.trialTo) e.dates = 'dates';
  return e;
}

function indicatorOf(f: TrialFormState): TrialBody['indicator'] {
  if (f.source === 'manual') return { source: 'manual', name: f.manualName.trim(), unit: f.manualUnit.trim() };
  if (f.source === 'signals') return { source: 'signals', categories: words(f.codes) };
  if (f.source === 'incidents') return { source: 'incidents', crimeTypes: words(f.codes) };
  return { source: 'enforcement', feitCodes: words(f.codes) };
}

/** The PUT body, or null while the form has errors. */
export function trialBody(f: TrialFormState): TrialBody | null {
  if (Object.keys(checkTrialForm(f)).length) return null;
  return {
    design: f.design,
    steps: f.design === 'stepped-wedge' ? Number(f.steps) : null,
    units: f.unitKind === 'buurten' ? { kind: 'buurten', codes: words(f.units) } : { kind: 'named', units: parseNamedUnits(f.units) },
    hypothesis: f.hypothesis.trim(),
    indicator: indicatorOf(f),
    expectedDirection: f.expectedDirection,
    baselineFrom: f.baselineFrom,
    baselineTo: f.baselineTo,
    trialFrom: f.trialFrom,
    trialTo: f.trialTo,
  };
}

/** The label key and options of a period key ('baseline', 'trial', 'period-2'). */
export function periodLabel(key: string): [string, Record<string, unknown>] {
  if (key === 'baseline' || key === 'trial') return [`trial.period.${key}`, {}];
  return ['trial.period.step', { n: Number(key.replace('period-', '')) }];
}
