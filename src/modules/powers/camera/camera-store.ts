/** The recorded yearly evaluations of camera areas (table camera_evaluations, migration 0112). */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import type { CameraOutcome } from './tables.ts';

export interface CameraEvaluationRow {
  id: string;
  year: number;
  evaluated_on: string;
  conclusion: string;
  outcome: CameraOutcome;
  recorded_by: string | null;
  recorded_at: Date;
}

export async function cameraEvaluationRows(db: Db, decisionId: string): Promise<CameraEvaluationRow[]> {
  return (await db
    .selectFrom('camera_evaluations')
    .select(['id', 'year', 'conclusion', 'outcome', 'recorded_by', 'recorded_at'])
    .select(dateText('evaluated_on').as('evaluated_on'))
    .where('decision_id', '=', decisionId)
    .orderBy('year')
    .execute()) as CameraEvaluationRow[];
}

/** Records the evaluation of one year; false when that year was already recorded. */
export async function insertCameraEvaluation(
  db: Db,
  decisionId: string,
  e: { year: number; evaluatedOn: string; conclusion: string; outcome: CameraOutcome; recordedBy: string | null },
): Promise<string | null> {
  const id = randomUUID();
  const inserted = await db
    .insertInto('camera_evaluations')
    .values({
      id,
      decision_id: decisionId,
      year: e.year,
      evaluated_on: e.evaluatedOn,
      conclusion: e.conclusion,
      outcome: e.outcome,
      recorded_by: e.recordedBy,
    })
    .onConflict((oc) => oc.columns(['decision_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? id : null;
}
