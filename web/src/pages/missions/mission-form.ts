/**
 * The create-mission form: its state (from scratch or from the analysis URL contract), the checks
 * before sending (field → i18n reason key, all at once) and the POST /missions body. Pure.
 */
import type { CreateMissionBody } from './api.ts';
import { evidenceRequests, type CreateParams, type EvidenceChoice } from './create-query.ts';
import type { Priority, Scope } from './types.ts';

export interface MissionFormState {
  title: string;
  problemStatement: string;
  /** Buurt codes picked on the map (ignored when `cells` came with the link). */
  buurten: string[];
  year: number;
  cells: { cellSize: number; cells: [number, number][] } | null;
  crimeTypes: string[];
  ownerMe: boolean;
  priority: Priority;
  nextReview: string;
  from: string;
  to: string;
  baselineFrom: string;
  baselineTo: string;
  evidence: EvidenceChoice[];
  view: string;
}

export type FormErrors = Partial<Record<'title' | 'scope' | 'period' | 'nextReview', string>>;

export function initialForm(p: CreateParams, defaultYear: number): MissionFormState {
  return {
    title: p.title ?? '',
    problemStatement: p.problem ?? '',
    buurten: p.buurten ?? [],
    year: p.year ?? defaultYear,
    cells: p.cells?.length && p.cellSize ? { cellSize: p.cellSize, cells: p.cells } : null,
    crimeTypes: p.crimeTypes ?? [],
    ownerMe: true,
    priority: 'medium',
    nextReview: '',
    from: p.from ?? '',
    to: p.to ?? '',
    baselineFrom: p.baselineFrom ?? '',
    baselineTo: p.baselineTo ?? '',
    evidence: p.evidence ?? [],
    view: p.view ?? '',
  };
}

export function formScope(s: MissionFormState): Scope | null {
  if (s.cells) return { kind: 'cells', ...s.cells };
  return s.buurten.length ? { kind: 'buurten', year: s.year, codes: s.buurten } : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkMissionForm(s: MissionFormState): FormErrors {
  const errors: FormErrors = {};
  if (s.title.trim().length < 3) errors.title = 'titleShort';
  if (!formScope(s)) errors.scope = 'scopeRequired';
  if (evidenceRequests(s.evidence, s) === 'period') errors.period = 'periodRequired';
  if (s.nextReview && !DATE.test(s.nextReview)) errors.nextReview = 'dateFormat';
  return errors;
}

/** Toggles a value in a list (picking buurten, crime types, evidence kinds). */
export function toggle<T>(items: readonly T[], item: T, same: (a: T, b: T) => boolean = Object.is): T[] {
  return items.some((i) => same(i, item)) ? items.filter((i) => !same(i, item)) : [...items, item];
}

/**
 * The request body. Evidence titles come from `titleOf` (translated by the page). Returns null
 * when the form has errors (call checkMissionForm for them).
 */
export function missionBody(s: MissionFormState, userId: string, titleOf: (c: EvidenceChoice) => string): CreateMissionBody | null {
  const scope = formScope(s);
  const requests = evidenceRequests(s.evidence, s);
  if (!scope || requests === 'period' || Object.keys(checkMissionForm(s)).length) return null;
  const body: CreateMissionBody = {
    title: s.title.trim(),
    problemStatement: s.problemStatement.trim(),
    scope,
    crimeTypes: s.crimeTypes,
    ownerId: s.ownerMe ? userId : null,
    priority: s.priority,
    nextReview: s.nextReview || null,
    evidence: requests.map((r, i) => ({ kind: r.kind, title: titleOf(s.evidence[i]!), query: r.query })),
  };
  if (s.view || s.from)
    body.origin = { from: 'analysis', ...(s.view ? { view: s.view } : {}), ...(s.from ? { period: { from: s.from, to: s.to } } : {}) };
  return body;
}
