/**
 * The views' worker threads. The request thread posts work and awaits the answer, so other
 * requests keep being served meanwhile:
 * - statistics jobs (jobs.ts: permutations, big KDE, Knox): typed arrays transferred, not copied;
 * - table jobs (table-jobs.ts: the selection of a view and the counting loops of hottimes,
 *   buurt × month and grid counts) on the incident columns, which live in SharedArrayBuffers: a
 *   worker gets the columns once per version of them (a message holding the same memory, no copy)
 *   and every job after that only names its filter.
 * Pool size: one worker per core beyond the first, at most 4 (`POOL_SIZE`) — on the reference
 * machine's 2 cores one worker, the other core serving requests and the embedded database. Jobs
 * go to the worker with the fewest waiting; workers start on first use and do not keep the process
 * alive when idle. Small work stays on the request thread (`runsInline`, `TABLE_JOB_MIN_EVENTS`):
 * a message round trip costs more than it.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { badRequest, invalidInput, type AppError } from '../../../core/errors.ts';
import type { EventTable } from '../../incidents/index.ts';
import { computeJob, runsInline, transferables, type JobResult, type WorkerJob } from './jobs.ts';
import {
  computeTableJob,
  isShared,
  sameTable,
  sharedTableOf,
  type SharedTable,
  type TableJob,
  type TableJobResult,
  type TableKernel,
} from './table-jobs.ts';

export const POOL_SIZE = Math.max(1, Math.min(4, os.availableParallelism() - 1));

/** Tables with fewer events are selected and counted on the request thread (< 1 ms). */
let tableJobMinEvents = 20_000;

/** Sets the table size from which table jobs go to a worker (tests run small tables through the worker with 0); returns the previous. */
export function setTableJobMinEvents(n: number): number {
  const previous = tableJobMinEvents;
  tableJobMinEvents = n;
  return previous;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The table last posted to this worker (a worker holds one: its memory is let go when replaced). */
  table: SharedTable | null;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
  range?: boolean;
  field?: string;
}

const slots: Slot[] = [];
let nextId = 1;
let nextTableId = 1;
/** Counts since start: table jobs run in a worker, and columns posted to workers (a new version of the columns, or a worker that held another table). */
const stats = { tableJobs: 0, tablesPosted: 0 };

/** How many table jobs went to a worker and how often columns were posted (tests, the benchmark). */
export function viewWorkerStats(): { workers: number; tableJobs: number; tablesPosted: number } {
  return { workers: slots.length, ...stats };
}

/** A RangeError of a job as a 400: naming the query field when the analysis said which (FieldRangeError). */
function requestError(message: string, field: string | undefined): AppError {
  return field ? invalidInput([{ name: `query.${field}`, reason: message }]) : badRequest(message);
}

function settle(slot: Slot, msg: Reply): void {
  const p = slot.pending.get(msg.id);
  if (!p) return;
  slot.pending.delete(msg.id);
  if (msg.error !== undefined) p.reject(msg.range ? requestError(msg.error, msg.field) : new Error(msg.error));
  else p.resolve(msg.result);
  if (slot.pending.size === 0) slot.worker.unref();
}

function startSlot(): Slot {
  const worker = new Worker(new URL('./thread-entry.mjs', import.meta.url));
  const slot: Slot = { worker, pending: new Map(), table: null };
  const fail = (err: unknown) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    for (const p of slot.pending.values()) p.reject(err);
    slot.pending.clear();
  };
  worker.on('message', (msg: Reply) => settle(slot, msg));
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('analysis views worker stopped')));
  worker.unref();
  slots.push(slot);
  return slot;
}

/** The worker with the fewest jobs waiting; a new one while fewer than POOL_SIZE run and all are busy. */
function pickSlot(): Slot {
  const idle = slots.find((s) => s.pending.size === 0);
  if (idle) return idle;
  if (slots.length < POOL_SIZE) return startSlot();
  return slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
}

function post(slot: Slot, message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<unknown> {
  const id = nextId++;
  const result = new Promise((resolve, reject) => slot.pending.set(id, { resolve, reject }));
  slot.worker.ref();
  slot.worker.postMessage({ id, ...message }, transfer);
  return result;
}

/** Runs `job` inline (cheap: see `runsInline`) or in a worker. */
export async function runJob<J extends WorkerJob>(job: J): Promise<JobResult<J>> {
  if (runsInline(job)) {
    try {
      return computeJob(job) as JobResult<J>;
    } catch (err) {
      throw err instanceof RangeError ? requestError(err.message, (err as { field?: string }).field) : err;
    }
  }
  return post(pickSlot(), { job }, transferables(job)) as Promise<JobResult<J>>;
}

/**
 * Selects the events of `job.filter` from `table` and runs the job's kernel: in a worker when the
 * table is in shared memory and large, else here. Same result either way.
 */
export async function runTableJob<K extends TableKernel>(table: EventTable, job: TableJob<K>): Promise<TableJobResult<K>> {
  if (table.length < tableJobMinEvents || !isShared(table)) return computeTableJob(table, job);
  const slot = pickSlot();
  if (!slot.table || !sameTable(slot.table, table)) {
    slot.table = sharedTableOf(table);
    slot.worker.postMessage({ table: { id: nextTableId++, columns: slot.table } });
    stats.tablesPosted++;
  }
  stats.tableJobs++;
  return post(slot, { tableJob: job }) as Promise<TableJobResult<K>>;
}

/** Stops the workers (app close). */
export async function stopViewWorkers(): Promise<void> {
  const all = slots.splice(0);
  await Promise.all(all.map((s) => s.worker.terminate()));
}
