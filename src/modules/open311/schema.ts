/** zod schemas of the API-key administration under /api/v1 (the GeoReport routes have the spec's own form parsing; see routes.ts). */
import { z } from 'zod';
import { MAX_QUOTA_PER_HOUR } from './api-keys.ts';

export const keyView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  quotaPerHour: z
    .number()
    .nullable()
    .describe('Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR)'),
  lastUsedAt: z.string().nullable().describe('When the key was last presented with a request (written at most once a minute); null: never'),
});
export const keyList = z.object({ keys: z.array(keyView) });
export const createKeyBody = z.object({
  name: z.string().trim().min(1).max(100),
  quotaPerHour: z
    .number()
    .int()
    .min(1)
    .max(MAX_QUOTA_PER_HOUR)
    .optional()
    .describe('Own quota (requests per hour); default: the configured one'),
});
export const updateKeyBody = z.object({
  quotaPerHour: z
    .number()
    .int()
    .min(1)
    .max(MAX_QUOTA_PER_HOUR)
    .nullable()
    .describe('Own quota (requests per hour); null: the configured one'),
});
export const newKeyReply = keyView.extend({ key: z.string() });
export const keyIdParams = z.object({ id: z.uuid() });
