/**
 * Runs fuzz cases against the import services on one database and judges each attempt:
 * - **imported**: the report's counts add up and agree with the tables (Importer#check), and the
 *   file was decodable text (a file that is not UTF-8 must never be imported);
 * - **rejected**: an `AppError` with a 4xx status whose text names the file, shows no internals,
 *   quotes no value at length, names lines for `import-rejected`; and every table is exactly as
 *   before (row counts and checksums);
 * - anything else is a **defect**: a crash (non-AppError), a 5xx, a changed database after a
 *   failure, an unclear message, a report that does not add up, or a hang (no answer in 60 s).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemContext, type ServiceContext } from '../../src/core/context.ts';
import { AppError } from '../../src/core/errors.ts';
import type { Database } from '../../src/db/database.ts';
import { seedAreasIfEmpty } from '../../src/modules/areas/index.ts';
import { importAddresses } from '../../src/modules/geocoder/address-import-service.ts';
import { ensureCrimeTypes } from '../../src/modules/incidents/crime-types.ts';
import { loadIndicators } from '../../src/modules/perception/survey/catalogue.ts';
import { seedSignalDefaultsIfEmpty } from '../../src/modules/signals/index.ts';
import { SEED_DIR } from '../fixtures/areas/seeded-database.ts';
import { FIXTURES } from '../fixtures/incidents/setup.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { changedTables, tableState, type TableState } from './db-state.ts';
import type { FuzzCase, Importer } from './importer.ts';

export const HANG_MS = 60_000;
const INTERNALS =
  /TypeError|RangeError|SyntaxError|ReferenceError|Cannot read prop|is not a function|is not iterable|\[object Object\]|\bundefined\b/;

export interface CaseResult {
  outcome: 'imported' | 'rejected' | 'defect';
  /** For rejections the problem type (import-rejected, invalid-file, …); for defects what went wrong. */
  kind: string;
  detail: string;
  ms: number;
}

export interface FuzzEnv {
  database: Database;
  ctx: ServiceContext;
  dir: string;
  state: TableState;
  close(): Promise<void>;
}

/** A database with what the imports check against: areas, crime types, signal categories, indicators, BAG addresses. */
export async function openFuzzEnv(): Promise<FuzzEnv> {
  const database = await openTestDatabase();
  const ctx = systemContext(database.db, 'fuzz');
  await seedAreasIfEmpty(ctx, SEED_DIR);
  await ensureCrimeTypes(database.db);
  await seedSignalDefaultsIfEmpty(ctx, 'GM0505');
  await loadIndicators(database.db);
  await importAddresses(ctx, {
    file: path.join(FIXTURES, '..', 'geocoder', 'bagadres-dordrecht.csv'),
    municipality: 'GM0505',
    source: 'bag',
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-fuzz-'));
  return {
    database,
    ctx,
    dir,
    state: await tableState(database.db),
    async close() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What is wrong with a rejection's text, or null. */
export function messageProblem(err: AppError, c: FuzzCase): string | null {
  const text = [err.message, ...err.errors.map((e) => `${e.name}: ${e.reason}`)].join('\n');
  if (!text.includes(c.fileName)) return 'the message does not name the file';
  const internal = INTERNALS.exec(text);
  if (internal) return `the message shows internals ('${internal[0]}')`;
  const long = err.errors.find((e) => e.reason.length > 600 || e.name.length > 300);
  if (long) return `a field error of ${long.reason.length} characters (values must be quoted short)`;
  if (err.message.split('\n').some((l) => l.length > 1000)) return 'a message line longer than 1000 characters';
  if (err.type === 'import-rejected' && !err.errors.every((e) => /^line \d+, column .+/.test(e.name)))
    return 'an import-rejected problem without line and column';
  if (c.expect?.message && !c.expect.message.test(text)) return `the message does not match ${c.expect.message}: ${text.slice(0, 300)}`;
  return null;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Runs one case on `env` and judges it; `env.state` follows the database. */
export async function runCase(env: FuzzEnv, importer: Importer, c: FuzzCase): Promise<CaseResult> {
  const caseDir = fs.mkdtempSync(path.join(env.dir, 'c-'));
  const file = path.join(caseDir, c.fileName);
  fs.writeFileSync(file, c.bytes);
  const before = env.state;
  const t0 = performance.now();
  let summary: unknown;
  let error: unknown;
  try {
    summary = await withTimeout(importer.run(env.ctx, file, c.options), HANG_MS);
  } catch (err) {
    error = err;
  }
  const ms = performance.now() - t0;
  fs.rmSync(caseDir, { recursive: true, force: true });
  if (error instanceof Error && /^no answer in/.test(error.message)) return { outcome: 'defect', kind: 'hang', detail: error.message, ms };
  const after = await tableState(env.database.db);
  env.state = after;
  const delta = (t: string) => (after[t]?.rows ?? 0) - (before[t]?.rows ?? 0);
  if (error === undefined) {
    if (c.undecodable) return { outcome: 'defect', kind: 'imported-undecodable', detail: 'a file that is not UTF-8 text was imported', ms };
    if (c.expect?.outcome === 'rejected') return { outcome: 'defect', kind: 'not-rejected', detail: 'expected a rejection', ms };
    const wrong = await importer.check(summary, c.options, delta, env.ctx);
    return wrong ? { outcome: 'defect', kind: 'bad-report', detail: wrong, ms } : { outcome: 'imported', kind: 'imported', detail: '', ms };
  }
  const changed = changedTables(before, after);
  if (!(error instanceof AppError)) {
    const e = error as Error;
    return {
      outcome: 'defect',
      kind: 'crash',
      detail: `${e?.name}: ${e?.message?.slice(0, 300)}${changed.length ? `; changed ${changed.join(', ')}` : ''}\n${e?.stack?.split('\n').slice(1, 4).join('\n') ?? ''}`,
      ms,
    };
  }
  if (error.status >= 500 || error.status < 400)
    return { outcome: 'defect', kind: `status-${error.status}`, detail: error.message.slice(0, 300), ms };
  if (changed.length)
    return {
      outcome: 'defect',
      kind: 'changed-after-failure',
      detail: `changed ${changed.join(', ')} — ${error.message.slice(0, 200)}`,
      ms,
    };
  if (c.expect?.outcome === 'imported') return { outcome: 'defect', kind: 'not-imported', detail: error.message.slice(0, 300), ms };
  const unclear = messageProblem(error, c);
  if (unclear) return { outcome: 'defect', kind: 'unclear-message', detail: `${unclear} — ${error.message.slice(0, 300)}`, ms };
  return { outcome: 'rejected', kind: error.type, detail: error.message.split('\n')[0]!.slice(0, 200), ms };
}
