/**
 * Dissolves polygons that tile the plane without overlap into their outline (the union), by
 * edge cancellation: orient every outer ring counter-clockwise and every hole clockwise, so the
 * interior lies left of each directed edge; an edge shared by two neighbours then occurs once in
 * each direction, and both copies are dropped. The edges left over are the boundary of the union;
 * they are chained into rings, counter-clockwise rings become outer rings and clockwise rings
 * the holes of the smallest outer ring around them.
 *
 * This is exact for a tiling without overlaps whose neighbours share identical vertices, as in
 * the CBS wijk- en buurtkaart (checked against a shapely unary_union in dissolve.test.ts).
 * Limits, by design: neighbours that do not share a vertex (a T-junction) leave a zero-width
 * slit along their common border (area and point set stay right, a stroked outline shows the
 * slit); overlapping polygons are not detected. Every vertex keeps as many outgoing as incoming
 * edges through the cancellation, so the chaining always closes.
 */
import pointInPolygon from 'point-in-polygon-hao';
import type { Geometry, Position, Ring } from './geometry-types.ts';
import { pointOnPolygon, polygonsOf, ringSignedArea } from './geometry-ops.ts';

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** The ring without repeated consecutive points and without the closing point. */
function openRing(ring: Ring): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** Directed boundary edges left after cancelling every edge against its reverse. */
function boundaryEdges(geometries: Geometry[]): Map<string, Position[]> {
  const edges = new Map<string, { from: Position; to: Position; count: number }>();
  const add = (a: Position, b: Position) => {
    const reverse = edges.get(`${key(b)}>${key(a)}`);
    if (reverse && reverse.count > 0) {
      reverse.count--;
      return;
    }
    const k = `${key(a)}>${key(b)}`;
    const e = edges.get(k);
    if (e) e.count++;
    else edges.set(k, { from: a, to: b, count: 1 });
  };
  for (const g of geometries) {
    for (const rings of polygonsOf(g)) {
      rings.forEach((ring, i) => {
        let pts = openRing(ring);
        if (pts.length < 3) return;
        const ccw = ringSignedArea(pts) > 0;
        if ((i === 0) !== ccw) pts = [...pts].reverse();
        for (let j = 0; j < pts.length; j++) add(pts[j]!, pts[(j + 1) % pts.length]!);
      });
    }
  }
  const outgoing = new Map<string, Position[]>();
  for (const e of edges.values()) {
    for (let c = 0; c < e.count; c++) {
      const list = outgoing.get(key(e.from)) ?? [];
      list.push(e.to);
      outgoing.set(key(e.from), list);
    }
  }
  return outgoing;
}

/** Chains the boundary edges into closed rings; null when an edge leads nowhere. */
function chainRings(outgoing: Map<string, Position[]>, starts: Map<string, Position>): Ring[] | null {
  const rings: Ring[] = [];
  for (const [startKey, start] of starts) {
    while ((outgoing.get(startKey)?.length ?? 0) > 0) {
      const ring: Ring = [start];
      let at = start;
      for (;;) {
        const next = outgoing.get(key(at))?.pop();
        if (!next) return null;
        ring.push(next);
        at = next;
        if (key(at) === startKey) break;
      }
      rings.push(ring);
    }
  }
  return rings;
}

function groupRings(rings: Ring[]): Ring[][] {
  const outers = rings.filter((r) => ringSignedArea(r) > 0).map((r) => ({ ring: r, area: ringSignedArea(r), holes: [] as Ring[] }));
  outers.sort((a, b) => a.area - b.area);
  for (const hole of rings.filter((r) => ringSignedArea(r) < 0)) {
    const inside = pointOnPolygon([hole]);
    const owner = inside && outers.find((o) => pointInPolygon(inside, [o.ring]) === true);
    if (owner) owner.holes.push(hole);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}

/** The union of polygons that tile without overlap, or null when they do not share edges cleanly. */
export function dissolve(geometries: Geometry[]): Geometry | null {
  if (geometries.length === 0) return null;
  const outgoing = boundaryEdges(geometries);
  const starts = new Map<string, Position>();
  for (const g of geometries) for (const rings of polygonsOf(g)) for (const r of rings) for (const p of r) starts.set(key(p), p);
  const rings = chainRings(outgoing, starts);
  if (!rings || rings.length === 0) return null;
  const polygons = groupRings(rings);
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
