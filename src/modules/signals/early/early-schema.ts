/** zod schemas of the early-signal routes (POST and GET /partner-signals). */
import { z } from 'zod';
import { SIGNAL_PRIORITIES, SIGNAL_STATUSES } from '../tables.ts';
import { EARLY_THEME_KEYS } from './themes.ts';

export const earlySignalBody = z.object({
  partnerId: z.uuid().optional().describe('The organisation you report for; needed only when your account acts for several'),
  area: z
    .string()
    .regex(/^(BU\d{8}|WK\d{6})$/, 'must be a buurt (BU…) or wijk (WK…) code')
    .describe('The buurt, or the wijk when the signal is about a whole wijk'),
  theme: z.enum(EARLY_THEME_KEYS).describe('What it is about'),
  urgency: z.enum(SIGNAL_PRIORITIES).describe('normal, high or urgent: sets the priority and the deadline'),
  text: z
    .string()
    .max(2000, { abort: true })
    .trim()
    .min(10, 'write at least a sentence (10 characters)')
    .describe('What you observed, without names of residents, e-mail addresses or phone numbers'),
  reference: z.string().max(60, { abort: true }).trim().optional().describe('Your own reference (case or log number)'),
});

export const earlySignalCreated = z.object({
  id: z.string(),
  number: z.string(),
  status: z.literal('new'),
  statusLabel: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  theme: z.string(),
  themeName: z.string(),
  priority: z.enum(SIGNAL_PRIORITIES),
  buurtCode: z.string().nullable(),
  wijkCode: z.string(),
  deadline: z.string(),
  createdAt: z.string(),
});

export const earlySignalListQuery = z.object({
  partnerId: z.uuid().optional().describe('Staff: the early signals of one partner organisation'),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only open (true) or closed (false) ones'),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const earlySignalItem = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(SIGNAL_STATUSES),
  statusLabel: z.string(),
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  theme: z.string().nullable(),
  themeName: z.string(),
  priority: z.enum(SIGNAL_PRIORITIES),
  buurtCode: z.string().nullable(),
  wijkCode: z.string().nullable(),
  text: z.string(),
  reference: z.string().nullable(),
  deadline: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  latest: z
    .object({ at: z.string(), kind: z.string(), text: z.string().nullable(), toStatus: z.string().nullable() })
    .nullable()
    .describe('The newest status change or note meant for partners'),
});

export const earlySignalList = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(earlySignalItem),
  organisations: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .describe('A partner account: the active organisations it may raise early signals for (empty for staff)'),
});
