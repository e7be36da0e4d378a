/** A small inline SVG map of a wijk's buurten (equirectangular, scaled by cos(latitude)), for the report. */
import type { Geometry } from '../../areas/index.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function rings(g: Geometry): number[][][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** `fill(code)` gives each buurt's colour (e.g. by index). */
export function mapSvg(
  buurten: { code: string; name: string; geometry: Geometry | null }[],
  fill: (code: string) => string,
  width = 480,
  height = 320,
): string {
  const all = buurten.flatMap((b) => (b.geometry ? rings(b.geometry).flat() : []));
  if (all.length === 0) return '<p>Geen kaart: de buurten hebben geen grenzen in deze indeling.</p>';
  const lons = all.map((p) => p[0]!);
  const lats = all.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos(((minY + maxY) / 2) * (Math.PI / 180));
  const scale = Math.min((width - 10) / ((maxX - minX) * k || 1), (height - 10) / (maxY - minY || 1));
  const pt = (p: number[]) => `${(5 + (p[0]! - minX) * k * scale).toFixed(1)},${(5 + (maxY - p[1]!) * scale).toFixed(1)}`;
  const paths = buurten
    .filter((b) => b.geometry)
    .map(
      (b) =>
        `<path d="${rings(b.geometry!)
          .map((r) => `M${r.map(pt).join('L')}Z`)
          .join('')}" fill="${fill(b.code)}" stroke="#333" stroke-width="0.8"><title>${esc(b.name)}</title></path>`,
    );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Kaart van de buurten">${paths.join('')}</svg>`;
}
