/**
 * Buurt adjacency from polygons ("queen" contiguity): two buurten are neighbours when their
 * boundaries share at least one vertex, after rounding coordinates to `decimals` (default 6 ≈ 0.1 m
 * in WGS84). CBS buurt maps are drawn from one topology, so neighbours share their border
 * vertices. Used for the displacement ring of a buurten scope: the buurten adjacent to the target
 * that are not in it. (Moved from missions: the buurt hotspots of the analysis views use it too.)
 */
/** A GeoJSON polygon or multipolygon (coordinates only); analysis/ stays free of the areas module. */
export type PolygonGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export function adjacency(areas: readonly { code: string; geometry: PolygonGeometry | null }[], decimals = 6): Map<string, Set<string>> {
  const f = 10 ** decimals;
  const byVertex = new Map<string, Set<string>>();
  for (const a of areas) {
    if (!a.geometry) continue;
    const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
    for (const rings of polys)
      for (const ring of rings)
        for (const [lon, lat] of ring) {
          const key = `${Math.round(lon! * f)},${Math.round(lat! * f)}`;
          let set = byVertex.get(key);
          if (!set) byVertex.set(key, (set = new Set()));
          set.add(a.code);
        }
  }
  const out = new Map<string, Set<string>>(areas.map((a) => [a.code, new Set<string>()]));
  for (const codes of byVertex.values()) {
    if (codes.size < 2) continue;
    for (const a of codes) for (const b of codes) if (a !== b) out.get(a)!.add(b);
  }
  return out;
}

/** The buurten adjacent to any of `codes` that are not themselves in `codes` (nor in `exclude`). */
export function ringOf(adj: Map<string, Set<string>>, codes: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const inside = new Set(codes);
  const skip = new Set(exclude);
  const ring = new Set<string>();
  for (const c of inside) for (const n of adj.get(c) ?? []) if (!inside.has(n) && !skip.has(n)) ring.add(n);
  return [...ring].sort();
}
