/**
 * The history a weekly series needs: the selection widened backwards to the start of the
 * early-warning baseline (methods/weekly-series.ts `weekGrid`), each buurt under its code in the
 * newest indeling (places/buurt-lineage.ts), restricted to the area by those codes with the
 * incidents module's area rule (`areaMask`: a wijk by code prefix).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { areaMask, selectEvents } from '../../incidents/index.ts';
import { weekGrid, type WarningOptions } from '../methods/weekly-series.ts';
import { newestCode, placeKeys } from '../places/buurt-lineage.ts';
import { buurtIndex } from '../places/buurten.ts';
import type { Selection } from './selection.ts';

/**
 * The selection widened backwards to hold the baseline history, each buurt under its code in the
 * newest indeling (buurt-lineage.ts), restricted to `area` by those codes (a wijk by code prefix).
 */
export async function withHistory(ctx: ServiceContext, sel: Selection, o: WarningOptions, gemeente: string) {
  const grid = weekGrid(sel.period.fromMin, sel.period.toMin, o);
  const { idx: all } = selectEvents(sel.table, { fromMin: grid.first, toMin: sel.period.toMin, types: sel.types });
  const places = await placeKeys(ctx, gemeente, sel.table, all);
  const area = sel.area.startsWith('BU')
    ? await newestCode(ctx, gemeente, await buurtIndex(ctx, gemeente), 0, sel.area)
    : { code: sel.area, note: null };
  const inArea = areaMask(places.codes, area.code);
  const idx = inArea ? within(all, places.keyOf, inArea) : all;
  const notes = [...places.notes, ...(area.code !== sel.area ? [`area ${sel.area} is ${area.code} in the newest indeling`] : [])];
  return { grid, places, notes, hist: { ...sel, area: area.code, idx } };
}

/** The events of `idx` whose key is in `mask`. */
function within(idx: Uint32Array, keyOf: (k: number) => number, mask: Uint8Array): Uint32Array {
  const out = new Uint32Array(idx.length);
  let n = 0;
  for (let i = 0; i < idx.length; i++) {
    const key = keyOf(idx[i]!);
    if (key >= 0 && mask[key]) out[n++] = idx[i]!;
  }
  return out.subarray(0, n);
}

/** The part of the history in the period asked (for meta when the area was matched by newest codes). */
export function shownPart(hist: Selection, period: Selection['period']): Selection {
  const idx = hist.idx.filter((k) => hist.table.startMin[k]! >= period.fromMin && hist.table.startMin[k]! < period.toMin);
  let syntheticCount = 0;
  for (const k of idx) syntheticCount += hist.table.synthetic[k]!;
  return { ...hist, period, idx, syntheticCount };
}
