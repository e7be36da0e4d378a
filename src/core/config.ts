/**
 * Typed configuration, read once from the environment and validated with zod.
 * A bad setting stops the start with one clear line per problem (see `ConfigError`).
 */
import path from 'node:path';
import { z } from 'zod';
import { emailSchema } from './email-schema.ts';

const portSchema = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  PORT: portSchema.default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  STADSVEILIG_DATA_DIR: z.string().min(1).default('.stadsveilig'),
  STADSVEILIG_ADMIN_EMAIL: emailSchema.default('admin@localhost'),
  STADSVEILIG_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  STADSVEILIG_PUBLIC_URL: z.string().url().optional(),
  STADSVEILIG_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  STADSVEILIG_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  STADSVEILIG_MUNICIPALITY: z
    .string()
    .regex(/^GM\d{4}$/, 'must be a CBS gemeente code such as GM0505')
    .default('GM0505'),
  STADSVEILIG_SEED_DIR: z.string().min(1).optional(),
  STADSVEILIG_MAP_BACKGROUND: z.enum(['none', 'pdok-brt']).default('pdok-brt'),
  STADSVEILIG_DEMO: z.enum(['on', 'off']).default('on'),
  STADSVEILIG_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  STADSVEILIG_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36500).default(730),
  STADSVEILIG_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  STADSVEILIG_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  STADSVEILIG_INVITE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  STADSVEILIG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Signals (meldingen) and mail.
  STADSVEILIG_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  // Address search (geocoder): local BAG points, PDOK Locatieserver (server-side) or automatic.
  STADSVEILIG_ADDRESS_SEARCH: z.enum(['auto', 'local', 'pdok']).default('auto'),
  STADSVEILIG_PDOK_LOCATIESERVER_URL: z.string().url().default('https://api.pdok.nl/bzk/locatieserver/search/v3_1'),
  STADSVEILIG_MAIL_FROM: z.string().min(3).default('Gemeente meldingen <noreply@localhost>'),
  STADSVEILIG_MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  STADSVEILIG_SIGNAL_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  STADSVEILIG_SIGNAL_INTAKE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
  STADSVEILIG_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: z.coerce.number().min(0).max(600).default(3),
  STADSVEILIG_SIGNAL_PHOTO_MAX_BYTES: z.coerce.number().int().min(10_000).max(50_000_000).default(8_000_000),
  STADSVEILIG_OPEN311_KEY_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(600),
  // Imports from the browser (Beheer → Imports): the largest file accepted, in bytes.
  STADSVEILIG_IMPORT_MAX_BYTES: z.coerce.number().int().min(1000).max(50_000_000_000).default(2_000_000_000),
  // Perception (veiligheidsbeleving): survey suppression, pulse questionnaire, safety profile.
  STADSVEILIG_PERCEPTION_MIN_RESPONDENTS: z.coerce.number().int().min(1).max(10_000).default(50),
  STADSVEILIG_PULSE_MIN_ANSWERS: z.coerce.number().int().min(1).max(10_000).default(10),
  STADSVEILIG_PULSE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(5),
  STADSVEILIG_PERCEPTION_OBJECTIVE_WEIGHT: z.coerce.number().min(0).max(100).default(50),
  STADSVEILIG_PERCEPTION_BASE_YEAR: z.coerce.number().int().min(1990).max(2200).optional(),
  STADSVEILIG_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  STADSVEILIG_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  STADSVEILIG_PDF_QUEUE: z.coerce.number().int().min(0).max(100).default(4),
  STADSVEILIG_PDF_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(6),
  // Analysis workbench: disclosure threshold for roles without analysis:detail.
  STADSVEILIG_MIN_CELL_COUNT: z.coerce.number().int().min(1).max(1000).default(5),
  // Missions: a scope smaller than this shows no figures to roles without analysis:detail.
  // PGA cases: the key of the encrypted fields (BSN, care information), 32 bytes as base64 or hex; without
  // it a key file in the data directory is used (created on first use, mode 0600). Keep it outside backups of the database.
  STADSVEILIG_CASE_KEY: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, 'must be 32 bytes as 64 hex characters or 44 base64 characters')
    .optional(),
  STADSVEILIG_CASE_KEY_FILE: z.string().min(1).optional(),
  STADSVEILIG_CASE_RETENTION_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  STADSVEILIG_BREAK_GLASS_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  STADSVEILIG_MISSION_MIN_SCOPE_HECTARES: z.coerce.number().min(0).max(100_000).default(4),
  STADSVEILIG_MISSION_MIN_SCOPE_BUURTEN: z.coerce.number().int().min(1).max(1000).default(1),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | undefined;
  publicUrl: string | undefined;
  trustProxy: boolean;
  secureCookies: 'auto' | boolean;
  municipality: string;
  /** The municipality's name as set in Beheer → Instellingen (else the name in its area files); set by the settings module. */
  municipalityName?: string | undefined;
  seedDir: string;
  mapBackground: 'none' | 'pdok-brt';
  /** Demo content (marked, removable) on first start: on by default, `STADSVEILIG_DEMO=off` in production. */
  demo: boolean;
  bodyLimit: number;
  sessionHours: number;
  /** An invitation link expires after this many hours. */
  inviteHours: number;
  /** A session without a request for this many minutes ends (beside the absolute sessionHours). */
  sessionIdleMinutes: number;
  auditRetentionDays: number;
  logLevel: string;
  /** SMTP server for the outbox (smtp://user:pass@host:port); without it mail stays queued. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Address search: `local` BAG points, `pdok` Locatieserver, `auto` (local when loaded, else PDOK when reachable, else area names). */
  addressSearch: 'auto' | 'local' | 'pdok';
  /** Base URL of PDOK Locatieserver (its `free` and `reverse` endpoints); called by the server only. */
  pdokLocatieserverUrl: string;
  /** Days a message stays in the outbox after it was sent (or, unsent, after it was queued); bodies hold personal text. */
  mailRetentionDays: number;
  /** Days after closing a report before the reporter's contact details are removed. */
  signalContactRetentionDays: number;
  /** Public intake: reports per minute per IP address and per form session. */
  signalIntakePerMinute: number;
  /** Requests per minute per IP address and route for anonymous callers, where a route sets no limit of its own. */
  publicPerMinute: number;
  /** Public intake: seconds a form must be open before it may be sent (bot check). */
  signalIntakeMinSeconds: number;
  signalPhotoMaxBytes: number;
  /** Open311: requests per hour per API key that has no quota of its own. */
  open311KeyPerHour: number;
  /** Imports from the browser: the largest file accepted (bytes). */
  importMaxBytes: number;
  /** Survey estimates from fewer respondents are suppressed (value null; margin still returned). */
  perceptionMinRespondents: number;
  /** Pulse figures of an area from fewer answers are suppressed. */
  pulseMinAnswers: number;
  /** Pulse questionnaire: answers per minute per IP address (in memory only, never stored). */
  pulsePerMinute: number;
  /** Weight (0–100) of the objective part (registered crime, reports) in the combined index. */
  perceptionObjectiveWeight: number;
  /** Base year of the safety indices (100 = city average in that year); default: the year asked. */
  perceptionBaseYear: number | undefined;
  /** Headless Chromium for PDF reports (wijkgesprek); without it PDFs answer 503. */
  chromiumPath: string;
  /** PDF reports: renders at once, requests waiting beyond those (more: 503), and PDFs per user per minute (more: 429). */
  pdfConcurrency: number;
  pdfQueue: number;
  pdfPerMinute: number;
  /** Analysis workbench: counts 1..n−1 are suppressed (null) for roles without analysis:detail. */
  minCellCount: number;
  /** Missions: grid-cell and polygon scopes below this area (ha), and buurt scopes with fewer buurten, show no figures to roles without analysis:detail. */
  missionMinScopeHectares: number;
  missionMinScopeBuurten: number;
  /** PGA cases: the field key (from STADSVEILIG_CASE_KEY) or the file holding it (default <dataDir>/case-field.key). */
  caseKey: string | undefined;
  caseKeyFile: string;
  /** Years after closing before a case is anonymised. */
  caseRetentionYears: number;
  /** Hours a break-glass opening of a case lasts. */
  breakGlassHours: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Project root (the folder holding package.json), independent of the working directory. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.STADSVEILIG_DATA_DIR),
    adminEmail: e.STADSVEILIG_ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.STADSVEILIG_ADMIN_PASSWORD,
    publicUrl: e.STADSVEILIG_PUBLIC_URL,
    trustProxy: e.STADSVEILIG_TRUST_PROXY === 'true',
    secureCookies: e.STADSVEILIG_SECURE_COOKIES === 'auto' ? 'auto' : e.STADSVEILIG_SECURE_COOKIES === 'true',
    municipality: e.STADSVEILIG_MUNICIPALITY,
    seedDir: path.resolve(e.STADSVEILIG_SEED_DIR ?? path.join(projectRoot, 'data', e.STADSVEILIG_MUNICIPALITY.toLowerCase())),
    mapBackground: e.STADSVEILIG_MAP_BACKGROUND,
    demo: e.STADSVEILIG_DEMO === 'on',
    bodyLimit: e.STADSVEILIG_BODY_LIMIT,
    sessionHours: e.STADSVEILIG_SESSION_HOURS,
    inviteHours: e.STADSVEILIG_INVITE_HOURS,
    sessionIdleMinutes: e.STADSVEILIG_SESSION_IDLE_MINUTES,
    auditRetentionDays: e.STADSVEILIG_AUDIT_RETENTION_DAYS,
    logLevel: e.STADSVEILIG_LOG_LEVEL,
    smtpUrl: e.STADSVEILIG_SMTP_URL,
    mailFrom: e.STADSVEILIG_MAIL_FROM,
    addressSearch: e.STADSVEILIG_ADDRESS_SEARCH,
    pdokLocatieserverUrl: e.STADSVEILIG_PDOK_LOCATIESERVER_URL.replace(/\/+$/, ''),
    mailRetentionDays: e.STADSVEILIG_MAIL_RETENTION_DAYS,
    signalContactRetentionDays: e.STADSVEILIG_SIGNAL_CONTACT_RETENTION_DAYS,
    signalIntakePerMinute: e.STADSVEILIG_SIGNAL_INTAKE_PER_MINUTE,
    publicPerMinute: e.STADSVEILIG_PUBLIC_PER_MINUTE,
    signalIntakeMinSeconds: e.STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS,
    signalPhotoMaxBytes: e.STADSVEILIG_SIGNAL_PHOTO_MAX_BYTES,
    open311KeyPerHour: e.STADSVEILIG_OPEN311_KEY_PER_HOUR,
    importMaxBytes: e.STADSVEILIG_IMPORT_MAX_BYTES,
    perceptionMinRespondents: e.STADSVEILIG_PERCEPTION_MIN_RESPONDENTS,
    pulseMinAnswers: e.STADSVEILIG_PULSE_MIN_ANSWERS,
    pulsePerMinute: e.STADSVEILIG_PULSE_PER_MINUTE,
    perceptionObjectiveWeight: e.STADSVEILIG_PERCEPTION_OBJECTIVE_WEIGHT,
    perceptionBaseYear: e.STADSVEILIG_PERCEPTION_BASE_YEAR,
    chromiumPath: e.STADSVEILIG_CHROMIUM_PATH,
    pdfConcurrency: e.STADSVEILIG_PDF_CONCURRENCY,
    pdfQueue: e.STADSVEILIG_PDF_QUEUE,
    pdfPerMinute: e.STADSVEILIG_PDF_PER_MINUTE,
    minCellCount: e.STADSVEILIG_MIN_CELL_COUNT,
    caseKey: e.STADSVEILIG_CASE_KEY,
    caseKeyFile: path.resolve(e.STADSVEILIG_CASE_KEY_FILE ?? path.join(e.STADSVEILIG_DATA_DIR, 'case-field.key')),
    caseRetentionYears: e.STADSVEILIG_CASE_RETENTION_YEARS,
    breakGlassHours: e.STADSVEILIG_BREAK_GLASS_HOURS,
    missionMinScopeHectares: e.STADSVEILIG_MISSION_MIN_SCOPE_HECTARES,
    missionMinScopeBuurten: e.STADSVEILIG_MISSION_MIN_SCOPE_BUURTEN,
  };
}
