/** The worker thread: runs the jobs pool.ts posts; replies with the result, buffers transferred back. */
import { parentPort } from 'node:worker_threads';
import { computeJob, type WorkerJob } from './jobs.ts';

function buffersOf(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) out.push(value.buffer as ArrayBuffer);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) buffersOf(v, out);
  return [...new Set(out)];
}

parentPort!.on('message', (msg: { id: number; job: WorkerJob }) => {
  try {
    const result = computeJob(msg.job);
    parentPort!.postMessage({ id: msg.id, result }, buffersOf(result));
  } catch (err) {
    parentPort!.postMessage({
      id: msg.id,
      error: (err as Error).message,
      range: err instanceof RangeError,
      field: (err as { field?: string }).field,
    });
  }
});
