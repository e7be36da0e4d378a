/**
 * Test fixture of the measures part: legal bases and decision rows written straight into the
 * powers tables (the register's create service is built beside this part), with every field a test
 * names and the rest empty. Only tests import this file.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { DecisionState, MeasureKind } from '../tables.ts';

export const TEST_BASES: readonly { code: string; label: string; article: string; kind: MeasureKind; place: 'address' | 'area' }[] = [
  { code: 't-closure', label: 'Sluiting drugspand', article: 'art. 13b Opiumwet', kind: 'closure', place: 'address' },
  { code: 't-camera', label: 'Cameratoezicht', article: 'art. 151c Gemeentewet', kind: 'camera', place: 'area' },
  { code: 't-risk', label: 'Veiligheidsrisicogebied', article: 'art. 151b Gemeentewet', kind: 'risk-area', place: 'area' },
];

export async function insertTestBases(db: Db, gemeente: string): Promise<void> {
  await db
    .insertInto('power_bases')
    .values(
      TEST_BASES.map((b) => ({
        gemeente_code: gemeente,
        code: b.code,
        label: b.label,
        article: b.article,
        measure_kind: b.kind,
        place_kind: b.place,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface TestDecision {
  base: string;
  title?: string;
  state?: DecisionState;
  address?: string | null;
  lon?: number | null;
  lat?: number | null;
  buurt?: string | null;
  areaCodes?: string[];
  geometry?: unknown;
  caseId?: string | null;
  summary?: string;
  facts?: { kind: 'incident' | 'signal'; reference: string; note?: string }[];
  documents?: { title: string; reference: string }[];
  start?: string | null;
  end?: string | null;
  extendedTo?: string | null;
  liftedOn?: string | null;
  publicText?: string | null;
  publishedOn?: string | null;
}

let counter = 0;

/** Writes one decision row; returns its id. */
export async function insertTestDecision(db: Db, gemeente: string, d: TestDecision): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('decisions')
    .values({
      gemeente_code: gemeente,
      id,
      number: `T-${process.pid}-${++counter}-${id.slice(0, 6)}`,
      base_code: d.base,
      title: d.title ?? `Besluit ${counter}`,
      summary: d.summary ?? '',
      state: d.state ?? 'besluit',
      address_label: d.address ?? null,
      lon: d.lon ?? null,
      lat: d.lat ?? null,
      buurt_code: d.buurt ?? null,
      area_codes: d.areaCodes ?? [],
      geometry: d.geometry ? JSON.stringify(d.geometry) : null,
      case_id: d.caseId ?? null,
      facts: JSON.stringify(d.facts ?? []),
      documents: JSON.stringify(d.documents ?? []),
      measure_start: d.start ?? null,
      measure_end: d.end ?? null,
      extended_to: d.extendedTo ?? null,
      lifted_on: d.liftedOn ?? null,
      public_text: d.publicText ?? null,
      published_on: d.publishedOn ?? null,
    })
    .execute();
  return id;
}
