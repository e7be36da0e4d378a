/**
 * Readers for PySAL weights files and their alignment to data rows.
 *
 * GAL (GeoDa / PySAL contiguity): header `n` or `0 n shapefile idVariable`, then for each unit
 * `id k` followed by the k neighbour ids (tokens may wrap across lines). Weights are 1.
 * GWT (GeoDa / PySAL general weights): header `0 n shapefile idVariable` (or `n`), then one link
 * per line `id neighbourId weight`. Formats: PySAL `libpysal.io` GAL/GWT handlers, GeoDa manual.
 */
import { weightsFromLists, type NeighbourList, type SpatialWeights } from './weights.ts';

export class WeightsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeightsFileError';
  }
}

/** Weights as read from a file: unit ids in file order and each unit's neighbour ids and weights. */
export interface ParsedWeights {
  n: number;
  idVariable?: string;
  order: string[];
  links: Map<string, { neighbors: string[]; weights: number[] }>;
}

function tokensWithLines(text: string): { token: string; line: number }[] {
  const out: { token: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((l, idx) => {
    for (const token of l.trim().split(/\s+/)) if (token) out.push({ token, line: idx + 1 });
  });
  return out;
}

function parseHeader(first: string): { n: number; idVariable?: string } {
  const parts = first.trim().split(/\s+/);
  const nText = parts.length >= 2 ? parts[1]! : parts[0]!;
  const n = Number(nText);
  if (!Number.isInteger(n) || n < 0) throw new WeightsFileError(`line 1: header must give the number of units, got "${first.trim()}"`);
  return parts.length >= 4 ? { n, idVariable: parts[3]! } : { n };
}

function addUnit(parsed: ParsedWeights, id: string): { neighbors: string[]; weights: number[] } {
  let entry = parsed.links.get(id);
  if (!entry) {
    entry = { neighbors: [], weights: [] };
    parsed.links.set(id, entry);
    parsed.order.push(id);
  }
  return entry;
}

/** Parses GAL text. */
export function parseGal(text: string): ParsedWeights {
  const lines = text.split(/\r?\n/);
  const header = parseHeader(lines[0] ?? '');
  const parsed: ParsedWeights = { ...header, order: [], links: new Map() };
  const toks = tokensWithLines(lines.slice(1).join('\n')).map((t) => ({ ...t, line: t.line + 1 }));
  let p = 0;
  while (p < toks.length) {
    const { token: id, line } = toks[p]!;
    const k = Number(toks[p + 1]?.token);
    if (!Number.isInteger(k) || k < 0) throw new WeightsFileError(`line ${line}: expected "id count" for unit "${id}"`);
    if (parsed.links.has(id)) throw new WeightsFileError(`line ${line}: unit "${id}" listed twice`);
    const entry = addUnit(parsed, id);
    if (p + 2 + k > toks.length) throw new WeightsFileError(`line ${line}: unit "${id}" announces ${k} neighbours but the file ends`);
    for (let m = 0; m < k; m++) entry.neighbors.push(toks[p + 2 + m]!.token);
    entry.weights = entry.neighbors.map(() => 1);
    p += 2 + k;
  }
  return checkCount(parsed);
}

/** Parses GWT text. Units that only appear as neighbours are added (with no links of their own). */
export function parseGwt(text: string): ParsedWeights {
  const lines = text.split(/\r?\n/);
  const header = parseHeader(lines[0] ?? '');
  const parsed: ParsedWeights = { ...header, order: [], links: new Map() };
  for (let l = 1; l < lines.length; l++) {
    const parts = lines[l]!.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    const weight = Number(parts[2]);
    if (parts.length !== 3 || !Number.isFinite(weight)) {
      throw new WeightsFileError(`line ${l + 1}: expected "id neighbourId weight", got "${lines[l]!.trim()}"`);
    }
    const entry = addUnit(parsed, parts[0]!);
    entry.neighbors.push(parts[1]!);
    entry.weights.push(weight);
  }
  for (const entry of [...parsed.links.values()]) for (const j of entry.neighbors) addUnit(parsed, j);
  return checkCount(parsed);
}

function checkCount(parsed: ParsedWeights): ParsedWeights {
  if (parsed.order.length > parsed.n) {
    throw new WeightsFileError(`header says ${parsed.n} units but the file lists ${parsed.order.length}`);
  }
  for (const [id, entry] of parsed.links) {
    for (const j of entry.neighbors) {
      if (j === id) throw new WeightsFileError(`unit "${id}" lists itself as a neighbour`);
      if (!parsed.links.has(j)) throw new WeightsFileError(`unit "${id}" has neighbour "${j}" that is not listed as a unit`);
    }
  }
  return parsed;
}

/**
 * Aligns parsed weights to data rows. With `rowIds` (the data's id column) ids are matched as
 * strings; data rows absent from the file become islands; weights ids absent from the data are an
 * error. Without `rowIds`, the file's ids must be exactly 1..n (GeoDa ordinal ids) or 0..n−1 and
 * unit k is data row k−1 (or k); `n` is the number of data rows.
 */
export function alignWeights(parsed: ParsedWeights, n: number, rowIds?: readonly string[]): SpatialWeights {
  const index = new Map<string, number>();
  if (rowIds) {
    rowIds.forEach((id, row) => {
      if (index.has(id)) throw new WeightsFileError(`id "${id}" occurs twice in the data (rows ${index.get(id)! + 1} and ${row + 1})`);
      index.set(id, row);
    });
    for (const id of parsed.order) if (!index.has(id)) throw new WeightsFileError(`id "${id}" in the weights is not in the data`);
  } else {
    const ids = parsed.order.map(Number);
    const base = Math.min(...ids);
    const ordinal = parsed.order.length === n && ids.every((v) => Number.isInteger(v) && v - base < n) && (base === 0 || base === 1);
    if (!ordinal || new Set(ids).size !== n) {
      throw new WeightsFileError(`weights ids are not 1..${n} matching the ${n} data rows; give the id column (--id)`);
    }
    for (const id of parsed.order) index.set(id, Number(id) - base);
  }
  const lists: NeighbourList[] = Array.from({ length: n }, () => ({ neighbors: [], weights: [] }));
  for (const [id, entry] of parsed.links) {
    lists[index.get(id)!] = { neighbors: entry.neighbors.map((j) => index.get(j)!), weights: entry.weights };
  }
  const ids: string[] = rowIds ? [...rowIds] : new Array<string>(n);
  if (!rowIds) for (const id of parsed.order) ids[index.get(id)!] = id;
  return weightsFromLists(lists, ids);
}
