/**
 * The views' loops over the incident columns as jobs a worker thread runs on the columns it shares
 * with the request thread (SharedArrayBuffers, see incidents columns.ts): the selection of a
 * period, types and area (`selectEvents`), and for the busiest views their counting pass too —
 * the hottimes profile, the buurt × month tally, the grid counts. The same functions run inline
 * for small tables and for sources not held in shared memory (residents' reports), so a reply is
 * the same whichever thread computed it.
 */
import type { GridSpec } from '../../analysis/index.ts';
import { selectEvents, type EventFilter, type EventTable, type SelectedEvents } from '../../incidents/index.ts';
import { aoristicProfile } from '../methods/aoristic-fast.ts';
import { buurtMonthTally } from '../methods/buurt-month.ts';
import { cellCounts } from '../places/cell-counts.ts';

/** What to compute over the selected events (`select`: nothing, the selection alone). */
export type TableKernel =
  | { kind: 'select' }
  | { kind: 'hottimes' }
  | { kind: 'buurt-month'; starts: readonly number[] }
  | { kind: 'grid'; spec: GridSpec };

export type KernelOutput<K extends TableKernel> = K extends { kind: 'hottimes' }
  ? { profile: Float64Array }
  : K extends { kind: 'buurt-month' }
    ? { counts: Float64Array }
    : K extends { kind: 'grid' }
      ? { counts: Float64Array; outside: number }
      : Record<string, never>;

export interface TableJob<K extends TableKernel = TableKernel> {
  filter: EventFilter;
  kernel: K;
}

export interface TableJobResult<K extends TableKernel = TableKernel> {
  selected: SelectedEvents;
  output: KernelOutput<K>;
}

/** The columns a worker reads: the event table without the pseudonymous refs (no view job needs them). */
export type SharedTable = Omit<EventTable, 'refs'>;

const ARRAYS = ['x', 'y', 'startMin', 'endMin', 'startLocal', 'endLocal', 'type', 'buurt', 'synthetic', 'areaYear'] as const;

/** Whether every column of `t` lives in a SharedArrayBuffer (the incident columns do; other sources do not). */
export function isShared(t: EventTable): boolean {
  return ARRAYS.every((name) => t[name].buffer instanceof SharedArrayBuffer);
}

/** `t` as posted to a worker: the typed arrays share memory, the code lists are copied (small). */
export function sharedTableOf(t: EventTable): SharedTable {
  const { refs: _refs, ...shared } = t;
  return { ...shared, typeCodes: [...t.typeCodes], areaCodes: [...t.areaCodes] };
}

/** Whether `a` and `b` are the same version of the columns (same arrays, length and code lists). */
export function sameTable(a: SharedTable, b: EventTable): boolean {
  return (
    a.length === b.length &&
    a.sortedByStart === b.sortedByStart &&
    a.typeCodes.length === b.typeCodes.length &&
    a.areaCodes.length === b.areaCodes.length &&
    ARRAYS.every((name) => a[name].buffer === b[name].buffer)
  );
}

function kernelOutput(t: SharedTable, idx: Uint32Array, kernel: TableKernel): KernelOutput<TableKernel> {
  switch (kernel.kind) {
    case 'hottimes':
      return { profile: aoristicProfile(t, idx) } as KernelOutput<TableKernel>;
    case 'buurt-month':
      return { counts: buurtMonthTally(t, idx, kernel.starts) } as KernelOutput<TableKernel>;
    case 'grid':
      return cellCounts(kernel.spec, t.x, t.y, idx) as KernelOutput<TableKernel>;
    default:
      return {} as KernelOutput<TableKernel>;
  }
}

/** Selects the events of `job.filter` and runs its kernel over them. */
export function computeTableJob<K extends TableKernel>(t: SharedTable, job: TableJob<K>): TableJobResult<K> {
  const selected = selectEvents(t, job.filter);
  return { selected, output: kernelOutput(t, selected.idx, job.kernel) as KernelOutput<K> };
}

/**
 * The result as a worker posts it: the indices in a buffer of their own (a selection may be a
 * view of an array the worker keeps for later requests, which must not be handed over).
 */
export function postableResult(r: TableJobResult): { value: TableJobResult; transfer: ArrayBuffer[] } {
  const idx = r.selected.idx;
  const own = idx.byteOffset === 0 && idx.byteLength === idx.buffer.byteLength ? idx : idx.slice();
  const output = r.output as Record<string, unknown>;
  const transfer = [own.buffer as ArrayBuffer];
  for (const v of Object.values(output)) if (v instanceof Float64Array) transfer.push(v.buffer as ArrayBuffer);
  return { value: { selected: { ...r.selected, idx: own }, output: r.output }, transfer };
}
