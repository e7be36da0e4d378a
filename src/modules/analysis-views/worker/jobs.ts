/**
 * The CPU-heavy statistics of the views (hotspots, Knox, KDE) as plain jobs — typed arrays in,
 * typed arrays out — so they run the same inline or in the worker thread (pool.ts). A job runs in
 * the worker when it has permutations (or, for KDE, many events); otherwise it is cheap enough
 * (< 20 ms) for the request thread.
 */
import {
  knoxTest,
  localG,
  localMoran,
  moranI,
  quarticKde,
  transformWeights,
  type GridSpec,
  type KnoxResult,
  type MoranResult,
  type SpatialWeights,
} from '../../analysis/index.ts';

export type HotspotMethod = 'gistar' | 'gi' | 'local-moran';

export interface HotspotJob {
  kind: 'hotspots';
  method: HotspotMethod;
  y: Float64Array;
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  /** Weights transform for Gi/Gi*: 'b' (grid cells) or 'r' (buurten); local Moran always 'r'. */
  transform: 'b' | 'r';
  permutations: number;
  seed: number;
}

export interface HotspotOutput {
  stat: Float64Array;
  z: Float64Array;
  p: Float64Array;
  pSim: Float64Array | null;
  quadrant: string[] | null;
  moran: MoranResult | null;
}

export interface KnoxJob {
  kind: 'knox';
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  spaceBands: number[];
  timeBands: number[];
  distance: 'euclidean' | 'manhattan';
  permutations: number;
  seed: number;
  limits: { maxPairs: number; maxWork: number };
}

/** Quartic KDE on a grid; `permutations` is 1 when the job is big enough for the worker. */
export interface KdeJob {
  kind: 'kde';
  x: Float64Array;
  y: Float64Array;
  grid: GridSpec;
  bandwidth: number;
  permutations: 0 | 1;
}

export type WorkerJob = HotspotJob | KnoxJob | KdeJob;
export type JobResult<J extends WorkerJob> = J extends HotspotJob ? HotspotOutput : J extends KnoxJob ? KnoxResult : Float64Array;

export function runHotspots(job: HotspotJob): HotspotOutput {
  const w: SpatialWeights = { n: job.y.length, offsets: job.offsets, neighbors: job.neighbors, weights: job.weights, ids: [] };
  const perm = job.permutations > 0 ? { permutations: job.permutations, seed: job.seed } : {};
  const wr = transformWeights(w, 'r');
  let moran: MoranResult | null = null;
  let variance = 0;
  for (const v of job.y) variance += (v - job.y[0]!) ** 2;
  if (w.n >= 4 && variance > 0) moran = moranI(job.y, wr, perm);
  if (job.method === 'local-moran') {
    const r = localMoran(job.y, wr, perm);
    return { stat: r.i, z: r.z, p: r.p, pSim: r.pSim ?? null, quadrant: r.quadrant, moran };
  }
  const r = localG(job.y, w, { star: job.method === 'gistar', transform: job.transform, ...perm });
  return { stat: r.g, z: r.z, p: r.p, pSim: r.pSim ?? null, quadrant: null, moran };
}

export function runKnox(job: KnoxJob): KnoxResult {
  return knoxTest(job.x, job.y, job.t, {
    spaceBands: job.spaceBands,
    timeBands: job.timeBands,
    distance: job.distance,
    permutations: job.permutations,
    seed: job.seed,
    limits: job.limits,
  });
}

/**
 * Whether a job is cheap enough for the request thread: no permutations, and for Knox few events
 * (the pair sweep alone can take ~0.2 s for 20,000 events).
 */
export function runsInline(job: WorkerJob): boolean {
  return job.permutations === 0 && (job.kind !== 'knox' || job.x.length <= 2000);
}

export function computeJob(job: WorkerJob): HotspotOutput | KnoxResult | Float64Array {
  if (job.kind === 'kde') return quarticKde(job.x, job.y, { grid: job.grid, bandwidth: job.bandwidth }).density;
  return job.kind === 'hotspots' ? runHotspots(job) : runKnox(job);
}

/** Buffers a job can hand over to the worker without copying. */
export function transferables(job: WorkerJob): ArrayBuffer[] {
  const arrays =
    job.kind === 'hotspots'
      ? [job.y, job.offsets, job.neighbors, job.weights]
      : job.kind === 'knox'
        ? [job.x, job.y, job.t]
        : [job.x, job.y];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
