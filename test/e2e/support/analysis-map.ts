/**
 * Page-level reads of the Analyse hotspot map for the browser tests: the hotspot source's features,
 * a sample of the drawn map pixels, the KDE image overlay's own pixels, a click on a point, and the
 * workbench API fetched from the page (session cookie, CSRF token) to compare with what is shown.
 * The test code has no DOM library, so the few browser objects are declared structurally here.
 */
import type { Page } from 'playwright-core';
import type { TestMap } from './browser-globals.ts';

interface Canvas2D {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    drawImage(image: unknown, x: number, y: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  } | null;
}

export type PageMap = Omit<TestMap, 'getCanvas'> & {
  getCanvas(): Canvas2D & { getBoundingClientRect(): { left: number; top: number; width: number } };
  getLayer(id: string): unknown;
  once(event: 'idle', listener: () => void): void;
  triggerRepaint(): void;
};

interface PageGlobals {
  __stadsveiligMap?: PageMap;
  document: { createElement(tag: 'canvas'): Canvas2D };
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<{ ok: boolean; status: number; json(): Promise<unknown>; text(): Promise<string> }>;
}

export interface MapFeature {
  id: string;
  cls: string;
  count: number | null;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/** Features of the hotspot source on the map. */
export function hotspotFeatures(page: Page): Promise<MapFeature[]> {
  return page.evaluate(async () => {
    const map = (globalThis as unknown as PageGlobals).__stadsveiligMap;
    const src = map?.getSource('hotspots') as
      | {
          getData(): Promise<{
            features: { properties: { id: string; class: string; count: number | null }; geometry: MapFeature['geometry'] }[];
          }>;
        }
      | undefined;
    if (!src) return [];
    const data = await src.getData();
    return data.features.map((f) => ({ id: f.properties.id, cls: f.properties.class, count: f.properties.count, geometry: f.geometry }));
  });
}

/** Polls the map's hotspot features until `ok` holds for them (the source is updated after React renders). */
export async function waitForHotspotFeatures(page: Page, ok: (f: MapFeature[]) => boolean, timeoutMs = 60_000): Promise<MapFeature[]> {
  const deadline = Date.now() + timeoutMs;
  let last: MapFeature[] = [];
  while (Date.now() < deadline) {
    last = await hotspotFeatures(page);
    if (last.length && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `hotspot features never as expected; last: ${last
      .slice(0, 5)
      .map((f) => `${f.id}:${f.cls}`)
      .join(', ')} (${last.length})`,
  );
}

/** Waits until the map has drawn hotspot units (the layer exists once its source does). */
export async function waitForHotspotMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (globalThis as unknown as PageGlobals).__stadsveiligMap;
      return (
        !!map &&
        !!map.getSource('hotspots') &&
        map.loaded() &&
        !map.isMoving() &&
        map.queryRenderedFeatures({ layers: ['hotspots-fill'] }).length > 0
      );
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * The drawn map after the next idle frame, every 4th pixel in both directions as 0xRRGGBB (the
 * hotspot map keeps its drawing buffer for the PNG export, so the canvas can be read).
 */
export function mapPixels(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    const map = g.__stadsveiligMap!;
    await new Promise<void>((resolve) => {
      map.once('idle', resolve);
      map.triggerRepaint();
    });
    const source = map.getCanvas();
    const copy = g.document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    const d = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const out: number[] = [];
    for (let y = 0; y < copy.height; y += 4) {
      for (let x = 0; x < copy.width; x += 4) {
        const i = (y * copy.width + x) * 4;
        out.push((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      }
    }
    return out;
  });
}

/** The drawn colour [r, g, b] of the map at a longitude/latitude, after the next idle frame. */
export function mapColourAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  return page.evaluate(async (c) => {
    const g = globalThis as unknown as PageGlobals;
    const map = g.__stadsveiligMap!;
    await new Promise<void>((resolve) => {
      map.once('idle', resolve);
      map.triggerRepaint();
    });
    const source = map.getCanvas();
    const scale = source.width / source.getBoundingClientRect().width;
    const p = map.project(c);
    const copy = g.document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    const d = ctx.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, lngLat);
}

/** Share of sampled pixels whose colour differs by more than `tolerance` in some channel. */
export function changedShare(a: readonly number[], b: readonly number[], tolerance = 8): number {
  if (a.length !== b.length || !a.length) throw new Error(`samples of different size: ${a.length} vs ${b.length}`);
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if ([16, 8, 0].some((s) => Math.abs(((x >> s) & 255) - ((y >> s) & 255)) > tolerance)) changed += 1;
  }
  return changed / a.length;
}

/** The KDE overlay as the map holds it: its layer, and the size and painted (alpha > 0) pixels of its image source. */
export function kdeOverlay(page: Page): Promise<{ layer: boolean; width: number; height: number; painted: number } | null> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const map = g.__stadsveiligMap;
    // ImageData when handed over directly; an image element or bitmap when loaded from a url.
    const image = (map?.getSource('kde') as { image?: { width: number; height: number; data?: Uint8ClampedArray } } | undefined)?.image;
    if (!map || !image) return null;
    let data = image.data;
    if (!data) {
      const canvas = g.document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      data = ctx.getImageData(0, 0, image.width, image.height).data;
    }
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
    return { layer: !!map.getLayer('kde-layer'), width: image.width, height: image.height, painted };
  });
}

/** Clicks the map at a longitude/latitude (scrolled into view first). */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  await page.getByTestId('hotspot-map').scrollIntoViewIfNeeded();
  const point = await page.evaluate((c) => {
    const map = (globalThis as unknown as PageGlobals).__stadsveiligMap!;
    const p = map.project(c);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
  await page.mouse.click(point.x, point.y);
}

/** A workbench API reply fetched from the page, with the logged-in session (POST with its CSRF token). */
export function apiFromPage<T>(page: Page, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, body }) => {
      const g = globalThis as unknown as PageGlobals;
      let init = {};
      if (body !== undefined) {
        const session = (await (await g.fetch('/api/v1/session')).json()) as { csrfToken: string };
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify(body),
        };
      }
      const r = await g.fetch(path, init);
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.json();
    },
    { path, body },
  ) as Promise<T>;
}
