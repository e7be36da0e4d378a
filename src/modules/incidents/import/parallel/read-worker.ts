/**
 * Worker thread of the parallel incident import (parallel-read.ts): builds one `ChunkParser` from
 * `workerData`, then parses each chunk it is sent and replies with the result, the COPY buffers
 * transferred (not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ChunkParser, type ChunkSetup } from './chunk-parse.ts';
import type { CsvChunk } from './csv-chunks.ts';

const parser = new ChunkParser(workerData as ChunkSetup);

parentPort!.on('message', (msg: { index: number; chunk: CsvChunk }) => {
  try {
    const result = parser.parse(msg.chunk);
    const buffers = [...new Set(result.copy.map((c) => c.buffer as ArrayBuffer))];
    parentPort!.postMessage({ index: msg.index, result }, buffers);
  } catch (err) {
    parentPort!.postMessage({ index: msg.index, error: (err as Error).stack ?? String(err) });
  }
});
parentPort!.postMessage({ ready: true });
