/**
 * The decision form's values and what is sent (pure, unit-tested): facts as incident and report
 * numbers one per line, documents as "title | reference" lines, a pasted GeoJSON polygon, and the
 * API's field errors ("body.title") mapped onto the form's fields.
 */
import type { DecisionDocument, DecisionFact, DecisionGeometry, DecisionView, NewDecisionBody } from './types.ts';

export interface DecisionFormValues {
  baseCode: string;
  title: string;
  summary: string;
  address: string;
  /** The point the address search gave with the address (used by the server when its BAG addresses lack it). */
  addressPoint: { lon: number; lat: number } | null;
  areaCodes: string[];
  geometryText: string;
  caseId: string;
  incidents: string;
  signals: string;
  documents: string;
  measureStart: string;
  measureEnd: string;
}

export const emptyDecisionForm = (): DecisionFormValues => ({
  baseCode: '',
  title: '',
  summary: '',
  address: '',
  addressPoint: null,
  areaCodes: [],
  geometryText: '',
  caseId: '',
  incidents: '',
  signals: '',
  documents: '',
  measureStart: '',
  measureEnd: '',
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function factsOf(incidents: string, signals: string): DecisionFact[] {
  return [
    ...lines(incidents).map((reference) => ({ kind: 'incident' as const, reference })),
    ...lines(signals).map((reference) => ({ kind: 'signal' as const, reference })),
  ];
}

/** "Title | reference" per line; a line without "|" is a title and reference at once. */
export function documentsOf(text: string): DecisionDocument[] {
  return lines(text).map((line) => {
    const [title, ...rest] = line.split('|');
    const reference = rest.join('|').trim();
    return { title: (title ?? '').trim(), reference: reference || (title ?? '').trim() };
  });
}

export const documentsText = (docs: readonly DecisionDocument[]) => docs.map((d) => `${d.title} | ${d.reference}`).join('\n');
export const factsText = (facts: readonly DecisionFact[], kind: DecisionFact['kind']) =>
  facts
    .filter((f) => f.kind === kind)
    .map((f) => f.reference)
    .join('\n');

/** A pasted GeoJSON Polygon or MultiPolygon (also as a Feature or a one-feature collection); null when empty. */
export function parseGeometry(text: string): { geometry: DecisionGeometry | null } | { error: 'geometryInvalid' } {
  if (!text.trim()) return { geometry: null };
  try {
    let g = JSON.parse(text) as { type?: string; geometry?: unknown; features?: { geometry?: unknown }[]; coordinates?: unknown };
    if (g.type === 'FeatureCollection' && g.features?.length === 1) g = g.features[0]?.geometry as typeof g;
    else if (g.type === 'Feature') g = g.geometry as typeof g;
    if ((g?.type === 'Polygon' || g?.type === 'MultiPolygon') && Array.isArray(g.coordinates)) {
      return { geometry: { type: g.type, coordinates: g.coordinates } as DecisionGeometry };
    }
  } catch {
    // not JSON: reported as invalid below
  }
  return { error: 'geometryInvalid' };
}

/** The body of POST /decisions, or the form field that cannot be sent. */
export function newDecisionBody(v: DecisionFormValues): { body: NewDecisionBody } | { field: 'geometryText'; error: 'geometryInvalid' } {
  const parsed = parseGeometry(v.geometryText);
  if ('error' in parsed) return { field: 'geometryText', error: parsed.error };
  const body: NewDecisionBody = {
    baseCode: v.baseCode,
    title: v.title.trim(),
    summary: v.summary.trim(),
    areaCodes: v.areaCodes,
    facts: factsOf(v.incidents, v.signals),
    documents: documentsOf(v.documents),
  };
  if (v.address.trim()) body.address = v.address.trim();
  if (v.address.trim() && v.addressPoint) body.addressPoint = v.addressPoint;
  if (parsed.geometry) body.geometry = parsed.geometry;
  if (v.caseId) body.caseId = v.caseId;
  if (v.measureStart) body.measureStart = v.measureStart;
  if (v.measureEnd) body.measureEnd = v.measureEnd;
  return { body };
}

/** The form's values for a decision being edited. */
export function formOfDecision(d: DecisionView): DecisionFormValues {
  return {
    baseCode: d.baseCode,
    title: d.title,
    summary: d.summary,
    address: d.addressLabel ?? '',
    addressPoint: d.point,
    areaCodes: d.areaCodes,
    geometryText: d.geometry ? JSON.stringify(d.geometry) : '',
    caseId: d.caseId ?? '',
    incidents: factsText(d.facts, 'incident'),
    signals: factsText(d.facts, 'signal'),
    documents: documentsText(d.documents),
    measureStart: d.measure.start ?? '',
    measureEnd: d.measure.end ?? '',
  };
}

/** Maps the API's field errors ("body.facts.0.reference") onto the form's fields. */
export function fieldErrorsOf(errors: ReadonlyArray<{ name: string; reason: string }> | undefined): Record<string, string> {
  const FORM_FIELD: Record<string, string> = { facts: 'incidents', geometry: 'geometryText' };
  const out: Record<string, string> = {};
  for (const e of errors ?? []) {
    const field = e.name.replace(/^body[./]/, '').split(/[./]/)[0] ?? '';
    const mapped = FORM_FIELD[field] ?? field;
    if (mapped && !(mapped in out)) out[mapped] = e.reason;
  }
  return out;
}
