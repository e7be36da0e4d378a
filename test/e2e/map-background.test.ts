/**
 * The map background with streets (PDOK BRT, the default) and its offline fallback, in Chromium.
 * The tests run without internet, so the PDOK tile service is played by `page.route`: (a) it
 * answers with a small PNG, and the raster layer shows without a notice; (b) it is unreachable,
 * and the map hides the layer, still draws the buurt boundaries and says so once, dismissably.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { newTestContext, screenshot, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let tilePng: Buffer;

const PDOK = 'https://service.pdok.nl/**';
const NOTICE = /achtergrondkaart met straten is niet bereikbaar/i;

interface BackgroundMap {
  getLayer(id: string): unknown;
  getLayoutProperty(id: string, name: string): unknown;
  getStyle(): { sources: Record<string, { tiles?: string[] }> };
}

/** The raster layer's visibility: 'visible', 'none', or null when the style has no such layer. */
function backgroundVisibility(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __stadsveiligMap?: BackgroundMap }).__stadsveiligMap;
    if (!map?.getLayer('brt')) return null;
    return (map.getLayoutProperty('brt', 'visibility') as string | undefined) ?? 'visible';
  });
}

function buurtenDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __stadsveiligMap?: { queryRenderedFeatures(o: { layers: string[] }): unknown[] } })
      .__stadsveiligMap;
    return map?.queryRenderedFeatures({ layers: ['buurten-line'] }).length ?? 0;
  });
}

before(async () => {
  browser = await launchBrowser();
  // The installation's own choice, not the tests' offline default (support/server.ts).
  server = await startServer({ env: { STADSVEILIG_MAP_BACKGROUND: 'pdok-brt' } });
  tilePng = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#d9e8c4' } })
    .png()
    .toBuffer();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('map background', { timeout: 180_000 }, () => {
  it('draws the PDOK BRT tiles below the buurten when they can be reached, without a notice', async () => {
    const context = await newTestContext(browser, server.baseUrl, { viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let tiles = 0;
    await page.route(PDOK, (route) => {
      tiles += 1;
      return route.fulfill({ status: 200, contentType: 'image/png', body: tilePng, headers: { 'access-control-allow-origin': '*' } });
    });
    await page.goto('/melden/kaart');
    await waitForMap(page);
    assert.ok(tiles > 0, 'tiles were requested from PDOK');
    assert.equal(await backgroundVisibility(page), 'visible');
    await screenshot(page, 'kaart-achtergrond');
    assert.ok((await buurtenDrawn(page)) > 0, 'buurt boundaries on top');
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.map-notice').filter({ hasText: NOTICE }).count(), 0, 'no notice');
    await page.locator('.maplibregl-ctrl-attrib-inner').filter({ hasText: 'PDOK' }).waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('falls back to the buurt boundaries with one dismissable notice when the tiles cannot be reached', async () => {
    const context = await newTestContext(browser, server.baseUrl, { viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let tiles = 0;
    await page.route(PDOK, (route) => {
      tiles += 1;
      return route.abort('internetdisconnected');
    });
    await page.goto('/melden/kaart');
    await waitForMap(page);
    const notice = page.getByRole('status').filter({ hasText: NOTICE });
    await notice.waitFor({ timeout: 20_000 });
    assert.equal(await notice.count(), 1, 'one notice');
    assert.equal(await notice.getAttribute('aria-live'), 'polite');
    assert.equal(await backgroundVisibility(page), 'none');
    assert.ok((await buurtenDrawn(page)) > 0, 'the buurt boundaries still render');
    await page.locator('.maplibregl-ctrl-attrib-inner').filter({ hasText: 'CBS' }).waitFor({ state: 'attached' });
    assert.doesNotMatch((await page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '', /PDOK/, 'no credit for a map not shown');
    await screenshot(page, 'kaart-achtergrond-onbereikbaar');
    // No storm: once hidden, the layer asks for no more tiles, also when the map moves.
    const afterFallback = tiles;
    await page.evaluate(() =>
      (globalThis as unknown as { __stadsveiligMap: { zoomIn(o: object): void } }).__stadsveiligMap.zoomIn({ duration: 0 }),
    );
    await page.waitForTimeout(800);
    assert.equal(tiles, afterFallback, 'no tile requests after the fallback');
    // Nothing from the app or MapLibre (watchErrors leaves out Chromium's lines about the tiles).
    assert.deepEqual(errors, []);
    await notice.getByRole('button', { name: /melding sluiten/i }).click();
    assert.equal(await page.locator('.map-notice').count(), 0, 'dismissed');
    // The next map of this visit (the report form's) leaves the background out at once, and the
    // dismissed notice stays away.
    await page.evaluate(() => {
      const w = globalThis as unknown as { history: { pushState(s: null, t: string, u: string): void }; dispatchEvent(e: unknown): void };
      w.history.pushState(null, '', '/melden');
      w.dispatchEvent(new (globalThis as unknown as { PopStateEvent: new (t: string) => unknown }).PopStateEvent('popstate'));
    });
    await page.waitForFunction(() => (globalThis as unknown as { location: { pathname: string } }).location.pathname === '/melden');
    await waitForMap(page);
    assert.equal(await backgroundVisibility(page), null, 'no background layer in the next map');
    assert.equal(await page.locator('.map-notice').count(), 0, 'the dismissed notice stays away');
    assert.equal(tiles, afterFallback, 'the next map asks for no tiles');
    await context.close();
  });
});
