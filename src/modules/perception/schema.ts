/** Zod schemas the perception API's folders share (area codes, year, permissions, problem reply). */
import { z } from 'zod';

export { problemReply } from '../../core/problem-schema.ts';

export const areaCode = z
  .string()
  .regex(/^(GM|WK|BU)\d{4,8}$/, 'must be a CBS area code such as BU05050101')
  .describe('CBS area code (GM/WK/BU)');
export const buurtCode = z
  .string()
  .regex(/^BU\d{8}$/, 'must be a CBS buurt code such as BU05050101')
  .describe('CBS buurt code');
export const year = z.coerce.number().int().min(1990).max(2200);

export const permissionsField = z
  .array(z.string())
  .describe("The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation");
