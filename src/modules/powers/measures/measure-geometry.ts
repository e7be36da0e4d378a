/** The GeoJSON polygon of an area measure as the decision schema types it. */
import type { z } from 'zod';
import type { decisionGeometry } from '../decision/decision-schema.ts';

export type DecisionGeometryValue = z.infer<typeof decisionGeometry>;
