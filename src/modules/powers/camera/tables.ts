/**
 * Kysely types of the camera evaluations (migration 0112_powers_camera.sql): the yearly evaluation
 * of a camera area (art. 151c Gemeentewet) with its conclusion. Part of the powers module.
 */
import type { ColumnType, Generated } from 'kysely';

export const CAMERA_OUTCOMES = ['continue', 'adjust', 'stop'] as const;
export type CameraOutcome = (typeof CAMERA_OUTCOMES)[number];

export interface CameraTables {
  camera_evaluations: {
    id: string;
    decision_id: string;
    year: number;
    evaluated_on: ColumnType<Date | string, string, string>;
    conclusion: string;
    outcome: CameraOutcome;
    recorded_by: string | null;
    recorded_at: Generated<Date>;
  };
}

declare module '../../../db/schema.ts' {
  interface DB extends CameraTables {}
}
