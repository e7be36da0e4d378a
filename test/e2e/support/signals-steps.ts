/** Steps of the meldingen browser tests: tap a place on the report map, read a buurt from the API. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { AreaCollection, AreaFeature, Vintage } from '../../../web/src/api/types.ts';
import { geometryBounds, interiorPoint } from '../../../web/src/ui/map/geometry.ts';
import type { BrowserGlobals } from './browser-globals.ts';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** A large, non-water buurt of the newest division (easy to hit at city zoom) and a point inside it. */
export async function targetBuurt(page: Page): Promise<{ buurt: AreaFeature; lngLat: [number, number] }> {
  const vintages = (await (await page.request.get('/api/v1/areas/vintages')).json()) as Vintage[];
  const reply = await page.request.get(`/api/v1/areas?level=buurt&year=${vintages[0]!.year}`);
  const buurten = ((await reply.json()) as AreaCollection).features;
  const size = (f: AreaFeature) => {
    const b = geometryBounds(f.geometry);
    return b ? (b[1][0] - b[0][0]) * (b[1][1] - b[0][1]) : 0;
  };
  const buurt = buurten.filter((f) => f.geometry && !f.properties.isWater).sort((a, b) => size(b) - size(a))[0];
  assert.ok(buurt, 'a buurt with a polygon');
  const lngLat = interiorPoint(buurt.geometry);
  assert.ok(lngLat);
  return { buurt, lngLat };
}

/** Page coordinates of a WGS84 point on the map. */
export async function mapPixel(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!;
    // The map may sit below the fold on a phone (search fields above it): bring it into view first.
    map.getCanvas().scrollIntoView({ block: 'center' });
    const p = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

/** Horizontal overflow of the page in CSS pixels (0 when it fits the viewport). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as unknown as BrowserGlobals;
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
}
