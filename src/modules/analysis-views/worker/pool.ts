/**
 * One worker thread for the views' heavy jobs (jobs.ts), started on first use: the request
 * thread only posts typed arrays (transferred, not copied) and awaits the answer, so other
 * requests keep being served while a 999-permutation Gi* map is computed. Jobs run one after
 * another (2 cores are shared with the database). Without permutations a job runs inline.
 */
import { Worker } from 'node:worker_threads';
import { badRequest, invalidInput, type AppError } from '../../../core/errors.ts';
import { computeJob, runsInline, transferables, type JobResult, type WorkerJob } from './jobs.ts';

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(err: unknown): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  worker = null;
}

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./thread-entry.mjs', import.meta.url));
  w.on('message', (msg: { id: number; result?: unknown; error?: string; range?: boolean; field?: string }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error !== undefined) p.reject(msg.range ? requestError(msg.error, msg.field) : new Error(msg.error));
    else p.resolve(msg.result);
    if (pending.size === 0) w.unref();
  });
  w.on('error', failAll);
  w.on('exit', () => {
    if (worker === w) failAll(new Error('analysis views worker stopped'));
  });
  w.unref();
  worker = w;
  return w;
}

/** A RangeError of a job as a 400: naming the query field when the analysis said which (FieldRangeError). */
function requestError(message: string, field: string | undefined): AppError {
  return field ? invalidInput([{ name: `query.${field}`, reason: message }]) : badRequest(message);
}

/** Runs `job` inline (cheap: see `runsInline`) or in the worker thread. */
export async function runJob<J extends WorkerJob>(job: J): Promise<JobResult<J>> {
  if (runsInline(job)) {
    try {
      return computeJob(job) as JobResult<J>;
    } catch (err) {
      throw err instanceof RangeError ? requestError(err.message, (err as { field?: string }).field) : err;
    }
  }
  const w = theWorker();
  const id = nextId++;
  const result = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  w.ref();
  w.postMessage({ id, job }, transferables(job));
  return result as Promise<JobResult<J>>;
}

/** Stops the worker (app close). */
export async function stopPermutationWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
