/** Actions of `stats local-g`, `stats local-moran` and `stats moran`. */
import { CliError } from '../../../core/errors.ts';
import {
  localG,
  localMoran,
  moranI,
  transformWeights,
  type Alternative,
  type SpatialWeights,
  type WeightsTransform,
} from '../../analysis/index.ts';
import { columnIndex, numericColumn, readCsv, readWeights, textColumn } from './csv-input.ts';
import { parseFormat, writeJson, writeRows } from './output.ts';

export interface SpatialCliOptions {
  data: string;
  column: string;
  weights: string;
  id?: string;
  transform: WeightsTransform;
  permutations: string;
  seed: string;
  alternative: Alternative;
  allowAsymmetric?: boolean;
  format: string;
  star?: boolean;
  moments?: 'ord-getis' | 'esda';
}

export function parseCount(value: string, name: string, max = 1_000_000): number {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 0 || v > max) throw new CliError(`${name} must be a whole number from 0 to ${max}, got '${value}'`);
  return v;
}

export function parseSeed(value: string): number {
  const v = Number(value);
  if (!Number.isInteger(v)) throw new CliError(`--seed must be an integer, got '${value}'`);
  return v;
}

interface SpatialInput {
  y: Float64Array;
  w: SpatialWeights;
  permutations: number;
  seed: number;
}

function loadSpatial(opts: SpatialCliOptions): SpatialInput {
  const permutations = parseCount(opts.permutations, '--permutations');
  const seed = parseSeed(opts.seed);
  const table = readCsv(opts.data);
  const y = numericColumn(table, columnIndex(table, opts.column), opts.column);
  const ids = opts.id ? textColumn(table, columnIndex(table, opts.id), opts.id) : undefined;
  const w = readWeights(opts.weights, y.length, ids, !opts.allowAsymmetric);
  return { y, w, permutations, seed };
}

export function localGCommand(opts: SpatialCliOptions): void {
  const format = parseFormat(opts.format, true);
  const { y, w, permutations, seed } = loadSpatial(opts);
  const r = localG(y, w, {
    star: !!opts.star,
    transform: opts.transform,
    moments: opts.moments ?? 'ord-getis',
    permutations,
    seed,
    alternative: opts.alternative,
  });
  const rows = Array.from({ length: w.n }, (_, k) => ({
    id: w.ids[k],
    g: r.g[k],
    z: r.z[k],
    p: r.p[k],
    ...(r.pSim ? { pSim: r.pSim[k] } : {}),
  }));
  writeRows(rows, ['id', 'g', 'z', 'p', 'pSim'], format);
}

export function localMoranCommand(opts: SpatialCliOptions): void {
  const format = parseFormat(opts.format, true);
  const { y, w, permutations, seed } = loadSpatial(opts);
  const r = localMoran(y, transformWeights(w, opts.transform), { permutations, seed, alternative: opts.alternative });
  const rows = Array.from({ length: w.n }, (_, k) => ({
    id: w.ids[k],
    i: r.i[k],
    z: r.z[k],
    p: r.p[k],
    ...(r.pSim ? { pSim: r.pSim[k] } : {}),
    quadrant: r.quadrant[k],
  }));
  writeRows(rows, ['id', 'i', 'z', 'p', 'pSim', 'quadrant'], format);
}

export function moranCommand(opts: SpatialCliOptions): void {
  parseFormat(opts.format, false);
  const { y, w, permutations, seed } = loadSpatial(opts);
  if (w.n < 4) throw new CliError(`${opts.data}: Moran's I needs at least 4 rows`);
  const m = moranI(y, transformWeights(w, opts.transform), { permutations, seed, alternative: opts.alternative });
  writeJson({
    i: m.i,
    ei: m.ei,
    zNorm: m.zNorm,
    pNorm: m.pNorm,
    zRand: m.zRand,
    pRand: m.pRand,
    ...(m.pSim !== undefined ? { pSim: m.pSim } : {}),
  });
}
