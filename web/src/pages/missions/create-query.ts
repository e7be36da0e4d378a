/**
 * The "maak hier een opgave van" URL contract: the analysis view links to
 *   /opgaven/nieuw?buurten=BU05050102,BU05050103&year=2024&crimeTypes=1.1.1,1.4.*&from=2023-01-01&to=2024-01-01&evidence=hotcrimes,hottimes
 * and the create page opens with that scope, those crime types, that period and the evidence kinds
 * to freeze. Grid cells instead of buurten: cells=104000_425000,104250_425000&cellSize=250 (RD New
 * south-west corners, as the analysis grid). Documented in README.md; pure and unit-tested.
 */
import { EVIDENCE_KINDS, type EvidenceKind, type Scope } from './types.ts';
import { NEW_MISSION_PATH } from './paths.ts';

export const CONCENTRATION_OF = ['address', 'offender', 'victim'] as const;
export type ConcentrationOf = (typeof CONCENTRATION_OF)[number];
/** An evidence kind to freeze; `concentration` carries what it counts repeats of. */
export type EvidenceChoice = { kind: Exclude<EvidenceKind, 'snapshot' | 'concentration'> } | { kind: 'concentration'; of: ConcentrationOf };

export interface CreateParams {
  buurten?: string[];
  /** CBS indeling (vintage) of the buurt codes; default: the newest. */
  year?: number;
  cells?: [number, number][];
  cellSize?: number;
  crimeTypes?: string[];
  from?: string;
  to?: string;
  baselineFrom?: string;
  baselineTo?: string;
  evidence?: EvidenceChoice[];
  title?: string;
  problem?: string;
  /** Which analysis view the link comes from (kept in the mission's origin). */
  view?: string;
}

export interface ParamProblem {
  param: string;
  value: string;
}

const BUURT = /^BU\d{8}$/;
const CRIME = /^\d+(\.\d+)*(\.\*)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RUNNABLE = EVIDENCE_KINDS.filter((k) => k !== 'snapshot' && k !== 'concentration');
const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
/** A real calendar date: Date.parse would roll 2023-02-30 over into March. */
const validDate = (v: string) =>
  DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

function parseEvidence(tokens: string[], problems: ParamProblem[]): EvidenceChoice[] {
  const out: EvidenceChoice[] = [];
  for (const token of tokens) {
    const [kind, of] = token.split(':');
    if (kind === 'concentration' && (of === undefined || (CONCENTRATION_OF as readonly string[]).includes(of)))
      out.push({ kind, of: (of ?? 'address') as ConcentrationOf });
    else if ((RUNNABLE as readonly string[]).includes(kind ?? '') && of === undefined)
      out.push({ kind: kind as (typeof RUNNABLE)[number] });
    else problems.push({ param: 'evidence', value: token });
  }
  return out;
}

function parseCells(tokens: string[], size: number, problems: ParamProblem[]): [number, number][] {
  const out: [number, number][] = [];
  for (const token of tokens) {
    const m = /^(\d+)_(\d+)$/.exec(token);
    if (m && Number(m[1]) % size === 0 && Number(m[2]) % size === 0) out.push([Number(m[1]), Number(m[2])]);
    else problems.push({ param: 'cells', value: token });
  }
  return out;
}

/** Reads the query string; values that do not fit are left out and listed as problems. */
export function parseCreateQuery(search: string): { params: CreateParams; problems: ParamProblem[] } {
  const q = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const params: CreateParams = {};
  const buurten = list(q.get('buurten')).map((c) => c.toUpperCase());
  for (const c of buurten) if (!BUURT.test(c)) problems.push({ param: 'buurten', value: c });
  if (buurten.some((c) => BUURT.test(c))) params.buurten = [...new Set(buurten.filter((c) => BUURT.test(c)))];
  const year = q.get('year');
  if (year !== null) {
    if (/^\d{4}$/.test(year)) params.year = Number(year);
    else problems.push({ param: 'year', value: year });
  }
  const cellSize = Number(q.get('cellSize') ?? NaN);
  if (q.get('cells')) {
    if (Number.isInteger(cellSize) && cellSize >= 25 && cellSize <= 5000) {
      const cells = parseCells(list(q.get('cells')), cellSize, problems);
      if (cells.length) Object.assign(params, { cells, cellSize });
    } else problems.push({ param: 'cellSize', value: q.get('cellSize') ?? '' });
  }
  const types = list(q.get('crimeTypes'));
  for (const c of types) if (!CRIME.test(c)) problems.push({ param: 'crimeTypes', value: c });
  if (types.some((c) => CRIME.test(c))) params.crimeTypes = [...new Set(types.filter((c) => CRIME.test(c)))];
  for (const key of ['from', 'to', 'baselineFrom', 'baselineTo'] as const) {
    const v = q.get(key);
    if (v === null) continue;
    if (validDate(v)) params[key] = v;
    else problems.push({ param: key, value: v });
  }
  const evidence = parseEvidence(list(q.get('evidence')), problems);
  if (evidence.length) params.evidence = evidence;
  for (const key of ['title', 'problem', 'view'] as const) {
    const v = q.get(key)?.trim();
    if (v) params[key] = v.slice(0, key === 'problem' ? 10000 : 200);
  }
  return { params, problems };
}

/** The link for the analysis view ("maak hier een opgave van"). */
export function createMissionPath(p: CreateParams): string {
  const q = new URLSearchParams();
  if (p.buurten?.length) q.set('buurten', p.buurten.join(','));
  if (p.year) q.set('year', String(p.year));
  if (p.cells?.length && p.cellSize) {
    q.set('cells', p.cells.map(([x, y]) => `${x}_${y}`).join(','));
    q.set('cellSize', String(p.cellSize));
  }
  if (p.crimeTypes?.length) q.set('crimeTypes', p.crimeTypes.join(','));
  for (const key of ['from', 'to', 'baselineFrom', 'baselineTo'] as const) if (p[key]) q.set(key, p[key]);
  if (p.evidence?.length)
    q.set('evidence', p.evidence.map((e) => (e.kind === 'concentration' ? `concentration:${e.of}` : e.kind)).join(','));
  for (const key of ['title', 'problem', 'view'] as const) if (p[key]) q.set(key, p[key]);
  const s = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `${NEW_MISSION_PATH}?${s}` : NEW_MISSION_PATH;
}

/** The mission scope from the parameters (buurten win over cells); null when neither is given. */
export function scopeFromParams(p: CreateParams, defaultYear: number): Scope | null {
  if (p.buurten?.length) return { kind: 'buurten', year: p.year ?? defaultYear, codes: p.buurten };
  if (p.cells?.length && p.cellSize) return { kind: 'cells', cellSize: p.cellSize, cells: p.cells };
  return null;
}

const DAY = 86_400_000;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The baseline before a period: as given, else the preceding period of equal length. */
export function baselineOf(from: string, to: string, baselineFrom?: string, baselineTo?: string): { from: string; to: string } {
  if (baselineFrom && baselineTo) return { from: baselineFrom, to: baselineTo };
  const length = day(to) - day(from);
  return { from: iso(day(from) - length), to: from };
}

export interface EvidenceRequest {
  kind: Exclude<EvidenceKind, 'snapshot'>;
  query: Record<string, unknown>;
}

/**
 * The API's evidence queries for the chosen kinds over a period (POST /missions `evidence`):
 * crime-counts takes the CBS year the period ends in; the others take the period itself.
 * Returns 'period' when a period is needed but missing or reversed.
 */
export function evidenceRequests(
  choices: readonly EvidenceChoice[],
  period: { from?: string; to?: string; baselineFrom?: string; baselineTo?: string },
): EvidenceRequest[] | 'period' {
  if (choices.length === 0) return [];
  const { from, to } = period;
  if (!from || !to || !validDate(from) || !validDate(to) || day(to) <= day(from)) return 'period';
  return choices.map((c): EvidenceRequest => {
    switch (c.kind) {
      case 'crime-counts':
        return { kind: c.kind, query: { year: new Date(day(to) - DAY).getUTCFullYear() } };
      case 'hotcrimes': {
        const b = baselineOf(from, to, period.baselineFrom, period.baselineTo);
        return { kind: c.kind, query: { from, to, baselineFrom: b.from, baselineTo: b.to } };
      }
      case 'concentration':
        return { kind: c.kind, query: { from, to, of: c.of } };
      default:
        return { kind: c.kind, query: { from, to } };
    }
  });
}

export const evidenceToken = (c: EvidenceChoice) => (c.kind === 'concentration' ? `concentration:${c.of}` : c.kind);
/** Every evidence kind the create form offers, as choices. */
export const ALL_EVIDENCE_CHOICES: EvidenceChoice[] = [
  ...RUNNABLE.map((kind) => ({ kind }) as EvidenceChoice),
  ...CONCENTRATION_OF.map((of) => ({ kind: 'concentration', of }) as EvidenceChoice),
];

/** The create link for an early-warning candidate: its buurt and crime type over its alert weeks. */
export function candidatePath(c: { areaCode: string; crimeType: string; weeks: string[]; suggestedTitle: string }): string {
  const first = c.weeks[0];
  const last = c.weeks[c.weeks.length - 1];
  return createMissionPath({
    buurten: [c.areaCode],
    crimeTypes: [c.crimeType],
    title: c.suggestedTitle,
    view: 'early-warning',
    ...(first && last ? { from: first, to: iso(day(last) + 7 * DAY), evidence: [{ kind: 'hotcrimes' }, { kind: 'hottimes' }] } : {}),
  });
}
