/**
 * A views' worker thread: runs the jobs pool.ts posts and replies with the result, buffers
 * transferred back. Holds the incident columns last posted to it (shared memory, see table-jobs.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { computeJob, type WorkerJob } from './jobs.ts';
import { computeTableJob, postableResult, type SharedTable, type TableJob } from './table-jobs.ts';

function buffersOf(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) out.push(value.buffer as ArrayBuffer);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) buffersOf(v, out);
  return [...new Set(out)];
}

interface Message {
  id: number;
  job?: WorkerJob;
  tableJob?: TableJob;
  table?: { id: number; columns: SharedTable };
}

let table: SharedTable | null = null;

/**
 * Lowers this thread's CPU priority (nice 10) where the system lets it (Linux: /proc/thread-self
 * names the thread, and setpriority takes a thread id): when both cores are busy the kernel gives
 * the request thread the CPU first, so a view computed here delays a cheap request less.
 */
function yieldCpuToRequests(): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').at(-1));
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: the worker keeps the process's priority
  }
}
yieldCpuToRequests();

function answer(msg: Message): void {
  if (msg.tableJob) {
    if (!table) throw new Error('no incident columns posted to this worker');
    const { value, transfer } = postableResult(computeTableJob(table, msg.tableJob));
    parentPort!.postMessage({ id: msg.id, result: value }, transfer);
    return;
  }
  const result = computeJob(msg.job!);
  parentPort!.postMessage({ id: msg.id, result }, buffersOf(result));
}

parentPort!.on('message', (msg: Message) => {
  if (msg.table) {
    table = msg.table.columns;
    return;
  }
  try {
    answer(msg);
  } catch (err) {
    parentPort!.postMessage({
      id: msg.id,
      error: (err as Error).message,
      range: err instanceof RangeError,
      field: (err as { field?: string }).field,
    });
  }
});
