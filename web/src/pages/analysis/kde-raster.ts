/**
 * The KDE surface as RGBA pixels for a MapLibre image overlay: one pixel per raster cell, the API's
 * southern row first turned into the image's top row first; a sequential purple ramp with alpha
 * rising with density; zero transparent; suppressed (null) cells grey hatched-free light grey. Pure.
 */
export const KDE_RAMP = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const;

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

export function kdeRgba(values: readonly (number | null)[], cols: number, rows: number): { pixels: Uint8ClampedArray; max: number } {
  let max = 0;
  for (const v of values) if (v !== null && v > max) max = v;
  const pixels = new Uint8ClampedArray(cols * rows * 4);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = values[r * cols + c];
      const o = ((rows - 1 - r) * cols + c) * 4;
      if (v === null || v === undefined) {
        pixels.set([200, 200, 200, 110], o);
        continue;
      }
      if (!(v > 0) || !(max > 0)) continue;
      const f = v / max;
      const k = Math.min(KDE_RAMP.length - 1, Math.floor(f * KDE_RAMP.length));
      pixels.set([...hex(KDE_RAMP[k]!), Math.round(60 + 160 * f)], o);
    }
  }
  return { pixels, max };
}
