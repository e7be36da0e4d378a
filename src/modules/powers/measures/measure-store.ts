/**
 * The decisions read as measures: every decision with a measure period, with its legal basis
 * (label, article, kind). Reads the powers module's own tables (decisions, power_bases).
 */
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import type { DecisionState, MeasureKind } from '../tables.ts';

export interface MeasureRow {
  id: string;
  number: string;
  title: string;
  state: DecisionState;
  base_label: string;
  article: string;
  measure_kind: MeasureKind;
  address_label: string | null;
  lon: number | null;
  lat: number | null;
  buurt_code: string | null;
  area_codes: string[];
  geometry: unknown;
  case_id: string | null;
  measure_start: string | null;
  measure_end: string | null;
  extended_to: string | null;
  lifted_on: string | null;
  public_text: string | null;
  published_on: string | null;
}

function selectMeasures(db: Db, gemeente: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('power_bases as b', (j) => j.onRef('b.gemeente_code', '=', 'd.gemeente_code').onRef('b.code', '=', 'd.base_code'))
    .where('d.gemeente_code', '=', gemeente)
    .select([
      'd.id',
      'd.number',
      'd.title',
      'd.state',
      'b.label as base_label',
      'b.article',
      'b.measure_kind',
      'd.address_label',
      'd.lon',
      'd.lat',
      'd.buurt_code',
      'd.area_codes',
      'd.geometry',
      'd.case_id',
      'd.public_text',
    ])
    .select([
      dateText('d.measure_start').as('measure_start'),
      dateText('d.measure_end').as('measure_end'),
      dateText('d.extended_to').as('extended_to'),
      dateText('d.lifted_on').as('lifted_on'),
      dateText('d.published_on').as('published_on'),
    ])
    .orderBy('d.measure_start')
    .orderBy('d.number');
}

/** Every decision of the municipality that has a measure period, oldest start first. */
export async function measureRows(db: Db, gemeente: string): Promise<MeasureRow[]> {
  return (await selectMeasures(db, gemeente).where('d.measure_start', 'is not', null).execute()) as MeasureRow[];
}

/** One decision as a measure row (with or without a period), or undefined. */
export async function measureRow(db: Db, gemeente: string, id: string): Promise<MeasureRow | undefined> {
  return (await selectMeasures(db, gemeente).where('d.id', '=', id).executeTakeFirst()) as MeasureRow | undefined;
}
