/**
 * The units of the hotspots view and their classes: local Getis–Ord Gi* / Gi or local Moran's I
 * (analysis `localG`, `localMoran`) on grid-cell or buurt counts, with Benjamini–Hochberg q-values
 * and the map's global Moran's I.
 * Units: grid = every land cell of the study grid plus every cell holding an event, queen
 * contiguity, binary weights for Gi/Gi* (Gi* self-weight 1); buurt = buurten of the indeling most
 * selected events are placed in, with a polygon (water buurten only when they hold events), queen
 * contiguity from shared vertices (analysis `adjacency`), row-standardised. Local and global Moran always row-standardised.
 * Significance class from pSim when permutations were run, else the two-sided normal p; with
 * `fdr` (alpha) a unit is significant only when its BH q ≤ alpha, and the class is read from q.
 */
import { benjaminiHochberg, weightsFromLists, type SpatialWeights } from '../../analysis/index.ts';
import type { HotspotMethod, HotspotOutput } from '../worker/jobs.ts';
import { adjacency } from '../../analysis/index.ts';
import type { BuurtIndex } from '../places/buurten.ts';
import { cellCounts, cellCorner, cellId, type StudyGrid } from '../places/study-grid.ts';
import { NONE } from '../../incidents/index.ts';
import type { Selection } from '../events/selection.ts';

export interface Units {
  ids: string[];
  y: Float64Array;
  w: SpatialWeights;
  /** Grid cell index per unit (grid units). */
  cells?: Int32Array;
  names?: (string | null)[];
  notes: string[];
}

export function gridUnits(sel: Selection, g: StudyGrid): Units {
  const { spec, land } = g;
  const { counts, outside } = cellCounts(spec, sel.table.x, sel.table.y, sel.idx);
  const unitOf = new Int32Array(counts.length).fill(-1);
  const cells: number[] = [];
  for (let c = 0; c < counts.length; c++) if (land[c] || counts[c]! > 0) unitOf[c] = cells.push(c) - 1;
  const lists = cells.map((c) => {
    const row = Math.floor(c / spec.cols);
    const col = c % spec.cols;
    const neighbors: number[] = [];
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        const r = row + dr;
        const cc = col + dc;
        if ((dr || dc) && r >= 0 && r < spec.rows && cc >= 0 && cc < spec.cols && unitOf[r * spec.cols + cc]! >= 0)
          neighbors.push(unitOf[r * spec.cols + cc]!);
      }
    return { neighbors };
  });
  const notes = [`${cells.length} cells of ${spec.cellSize} m (land cells and cells with events), queen contiguity`];
  if (outside) notes.push(`${outside} events outside the study grid were left out`);
  return {
    ids: cells.map((c) => cellId(spec, c)),
    y: Float64Array.from(cells, (c) => counts[c]!),
    w: weightsFromLists(lists),
    cells: Int32Array.from(cells),
    notes,
  };
}

export function buurtUnits(sel: Selection, areas: BuurtIndex): Units {
  const { table: t, idx } = sel;
  const byIndex = new Float64Array(t.areaCodes.length);
  for (let i = 0; i < idx.length; i++) if (t.buurt[idx[i]!] !== NONE) byIndex[t.buurt[idx[i]!]!]!++;
  const count = new Map(t.areaCodes.map((c, i) => [c, byIndex[i]!]));
  const kept = areas.buurten.filter((b) => b.geometry && (!b.isWater || (count.get(b.code) ?? 0) > 0));
  const adj = adjacency(kept.map((b) => ({ code: b.code, geometry: b.geometry })));
  const pos = new Map(kept.map((b, i) => [b.code, i]));
  const lists = kept.map((b) => ({ neighbors: [...(adj.get(b.code) ?? [])].map((c) => pos.get(c)!).sort((a, c) => a - c) }));
  const inside = kept.reduce((s, b) => s + (count.get(b.code) ?? 0), 0);
  const notes = [`${kept.length} buurten of the ${areas.year} indeling, queen contiguity (shared vertices)`];
  if (inside < idx.length) notes.push(`${idx.length - inside} events without a buurt of the ${areas.year} indeling were left out`);
  return {
    ids: kept.map((b) => b.code),
    names: kept.map((b) => b.name),
    y: Float64Array.from(kept, (b) => count.get(b.code) ?? 0),
    w: weightsFromLists(lists),
    notes,
  };
}

export type SignificanceClass =
  | 'hot-99'
  | 'hot-95'
  | 'hot-90'
  | 'cold-99'
  | 'cold-95'
  | 'cold-90'
  | 'HH'
  | 'LL'
  | 'HL'
  | 'LH'
  | 'not-significant';

export interface Classified {
  q: Float64Array;
  classes: SignificanceClass[];
}

/** Classes per unit (see the file comment). `alpha` is the LISA significance level (default 0.05). */
export function classify(out: HotspotOutput, method: HotspotMethod, fdr: number | undefined, alpha = 0.05): Classified {
  const p = out.pSim ?? out.p;
  const q = benjaminiHochberg(p);
  const classes = Array.from(p, (pi, i): SignificanceClass => {
    const used = fdr === undefined ? pi : q[i]!;
    if (Number.isNaN(used) || (fdr !== undefined && used > fdr)) return 'not-significant';
    if (method === 'local-moran') return used <= alpha ? (out.quadrant![i] as SignificanceClass) : 'not-significant';
    const level = used <= 0.01 ? '99' : used <= 0.05 ? '95' : used <= 0.1 ? '90' : null;
    if (!level) return 'not-significant';
    return `${out.z[i]! > 0 ? 'hot' : 'cold'}-${level}` as SignificanceClass;
  });
  return { q, classes };
}

/** The grid cell's south-west corner for grid units (for mission cell scopes and evaluation). */
export function unitCorner(g: StudyGrid, units: Units, u: number): [number, number] | null {
  return units.cells ? cellCorner(g.spec, units.cells[u]!) : null;
}
