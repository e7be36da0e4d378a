/**
 * Runs `ChunkParser` over the chunks of a CSV file in worker threads and hands the results to
 * `onChunk` one at a time, in file order, while the workers go on with the next chunks — so the
 * caller can store chunk k while chunks k+1… are parsed. At most `workers × 2` parsed chunks wait
 * for `onChunk` (memory stays bounded on any file size). Workers are stopped at the end, also on
 * an error (a worker's error is rethrown here).
 *
 * Caller runs: a chunk no worker has taken when its turn comes (workers still starting — about
 * 0.5–1 s each, most of it loading the TypeScript modules — or all busy) is parsed on this thread,
 * so the COPYs start at once and a slow worker start costs nothing.
 */
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ChunkParser, type ChunkResult, type ChunkSetup } from './chunk-parse.ts';
import type { CsvChunk } from './csv-chunks.ts';

export interface ParallelReadOptions {
  setup: ChunkSetup;
  chunks: CsvChunk[];
  workers: number;
  onChunk(result: ChunkResult, index: number): Promise<void>;
}

interface Deferred {
  promise: Promise<ChunkResult>;
  resolve(r: ChunkResult): void;
  reject(e: unknown): void;
}

function deferred(): Deferred {
  const d = {} as Deferred;
  d.promise = new Promise<ChunkResult>((resolve, reject) => Object.assign(d, { resolve, reject }));
  d.promise.catch(() => undefined); // rejections are seen where the result is awaited
  return d;
}

export async function readChunksInParallel(o: ParallelReadOptions): Promise<void> {
  const n = o.chunks.length;
  const results = Array.from({ length: n }, deferred);
  const window = Math.max(2, o.workers * 2);
  let next = 0;
  let consumed = 0;
  const idle: Worker[] = [];
  const failAll = (err: unknown) => {
    for (const r of results) r.reject(err);
  };
  const pump = () => {
    while (idle.length && next < n && next < consumed + window) {
      const index = next++;
      idle.pop()!.postMessage({ index, chunk: o.chunks[index] });
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(o.workers, n)) }, () => {
    const w = new Worker(new URL('./read-worker-entry.mjs', import.meta.url), { workerData: o.setup });
    w.on('message', (msg: { ready?: true; index?: number; result?: ChunkResult; error?: string }) => {
      if (msg.error !== undefined) failAll(new Error(`import worker: ${msg.error}`));
      else if (msg.result && msg.index !== undefined) results[msg.index]!.resolve(msg.result);
      idle.push(w);
      pump();
    });
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`import worker stopped (exit code ${code})`)));
    return w;
  });
  let inline: ChunkParser | null = null;
  try {
    for (let i = 0; i < n; i++) {
      // Let worker messages in: the COPYs resolve on microtasks alone (PGlite runs in this thread).
      await setImmediate();
      let result: ChunkResult;
      if (i < next) result = await results[i]!.promise;
      else {
        next = i + 1; // no worker has taken it (still starting, or all busy): parse it here
        result = (inline ??= new ChunkParser(o.setup)).parse(o.chunks[i]!);
      }
      await o.onChunk(result, i);
      consumed++;
      pump();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
