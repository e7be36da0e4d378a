/**
 * Browser tests of the web app against the real server (bin/stadsveilig.js serve) in Chromium.
 * Run: node scripts/run-tests.mjs --e2e   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { AreaCollection, AreaFeature, Vintage } from '../../web/src/api/types.ts';
import { formatPopulation } from '../../web/src/pages/map/format.ts';
import { geometryBounds, interiorPoint } from '../../web/src/ui/map/geometry.ts';
import { logInThroughForm, newTestContext, screenshot, sourceFeatureCount, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

interface AreasOfYear {
  year: number;
  buurten: AreaFeature[];
}

async function areasFromApi(page: Page): Promise<AreasOfYear> {
  const vintages = (await (await page.request.get('/api/v1/areas/vintages')).json()) as Vintage[];
  const year = vintages[0]?.year;
  assert.ok(year, 'at least one area vintage');
  const reply = await page.request.get(`/api/v1/areas?level=buurt&year=${year}`);
  assert.equal(reply.status(), 200);
  return { year, buurten: ((await reply.json()) as AreaCollection).features };
}

/** The buurt with the largest bounding box: easiest to hit on the map at the city-wide zoom. */
function largestBuurt(buurten: AreaFeature[]): AreaFeature {
  const size = (f: AreaFeature) => {
    const b = geometryBounds(f.geometry);
    return b ? (b[1][0] - b[0][0]) * (b[1][1] - b[0][1]) : 0;
  };
  const sorted = buurten.filter((f) => f.geometry && !f.properties.isWater).sort((a, b) => size(b) - size(a));
  assert.ok(sorted[0], 'a buurt with a polygon');
  return sorted[0];
}

async function listItemCount(page: Page): Promise<number> {
  return page.locator('.area-items button').count();
}

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('web app in Chromium', { timeout: 180_000 }, () => {
  it('logs in, shows every buurt, and a click on the map opens the buurt in the panel', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByLabel('E-mailadres').waitFor();
    await screenshot(page, 'inloggen');
    await logInThroughForm(page);
    await page.getByRole('heading', { level: 1, name: /^Kaart van/ }).waitFor();
    await waitForMap(page);

    const { year, buurten } = await areasFromApi(page);
    const withPolygon = buurten.filter((f) => f.geometry !== null);
    if (!process.env.E2E_BASE_URL) {
      // The Dordrecht seed: 132 buurten in the 2024 division, the four new Amstelwijck buurten without polygon.
      assert.equal(year, 2024);
      assert.equal(buurten.length, 132);
      assert.equal(withPolygon.length, 128);
    }
    assert.equal(await sourceFeatureCount(page, 'buurten'), withPolygon.length, 'all buurten with a polygon are on the map');
    assert.equal(await listItemCount(page), buurten.length, 'the list shows every buurt');
    const missing = page.locator('.without-geometry li');
    assert.equal(await missing.count(), buurten.length - withPolygon.length, 'buurten without polygon are listed');

    const target = largestBuurt(withPolygon);
    const lngLat = interiorPoint(target.geometry);
    assert.ok(lngLat);
    const point = await page.evaluate((ll) => {
      const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!;
      const p = map.project(ll);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, lngLat);
    await page.mouse.move(point.x, point.y);
    await page.locator('.map-tooltip', { hasText: target.properties.name }).waitFor();
    await page.mouse.click(point.x, point.y);

    const panel = page.locator('#area-details');
    await panel.locator('.panel-name', { hasText: target.properties.name }).waitFor();
    assert.equal(await panel.locator('.panel-name').textContent(), target.properties.name);
    const expected = formatPopulation(target.properties.population, 'nl') ?? 'onbekend';
    assert.equal(await panel.locator('[data-field="population"]').textContent(), expected);
    assert.match((await panel.textContent()) ?? '', new RegExp(target.properties.code));
    const state = await page.evaluate((code) => {
      const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!;
      return map.getFeatureState({ source: 'buurten', id: code });
    }, target.properties.code);
    assert.equal(state.selected, true, 'the clicked buurt is highlighted');
    await page.mouse.move(5, 5);
    await screenshot(page, 'kaart-met-buurt');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('selects a buurt from the list with the keyboard only', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    await logInThroughForm(page);
    await waitForMap(page);
    const { buurten } = await areasFromApi(page);
    const target = buurten.filter((f) => f.geometry).sort((a, b) => a.properties.code.localeCompare(b.properties.code))[0]!;

    // Tab from the top of the page until the search field has focus.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.id === 'area-search');
    }
    assert.ok(reached, 'the buurt search is reachable with Tab');
    await page.keyboard.type(target.properties.code);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      const el = w.document.activeElement!;
      const style = w.getComputedStyle(el);
      return { code: el.getAttribute('data-code'), outline: style.outlineStyle, shadow: style.boxShadow };
    });
    assert.equal(focused.code, target.properties.code);
    assert.ok(focused.outline !== 'none' || focused.shadow !== 'none', 'focus is visible');
    await page.keyboard.press('Enter');

    const panel = page.locator('#area-details');
    await panel.locator('.panel-name', { hasText: target.properties.name }).waitFor();
    assert.equal(await panel.getAttribute('aria-live'), 'polite');
    assert.equal(await page.locator(`.area-items button[data-code="${target.properties.code}"]`).getAttribute('aria-pressed'), 'true');
    await page.waitForFunction((code) => {
      const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
      return map?.getFeatureState({ source: 'buurten', id: code }).selected === true;
    }, target.properties.code);

    // Logging out (DELETE /api/v1/session with the CSRF header) returns to the login page.
    const logout = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'DELETE');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    assert.equal((await logout).status(), 204);
    await page.getByLabel('Wachtwoord').waitFor();
    await context.close();
  });

  it('switches the interface to English and remembers the choice', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    await logInThroughForm(page);
    const nav = page.getByRole('navigation', { name: 'Modules' });
    await nav.getByRole('link', { name: 'Kaart' }).waitFor();
    const dutch = await nav.getByRole('link').allTextContents();
    assert.deepEqual(dutch, ['Kaart', 'Analyse', 'Meldingen', 'Beleving', 'Opgaven', 'Netwerk', 'Casussen', 'Bevoegdheden', 'Beheer']);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await nav.getByRole('link', { name: 'Map' }).waitFor();
    const english = await nav.getByRole('link').allTextContents();
    assert.deepEqual(english, ['Map', 'Analysis', 'Reports', 'Perception', 'Missions', 'Network', 'Cases', 'Powers', 'Administration']);
    assert.equal(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.lang), 'en');

    await page.reload();
    await nav.getByRole('link', { name: 'Map' }).waitFor();
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn casussen' }).waitFor();
    await context.close();
  });

  it('shows the problem detail when the password is wrong', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await logInThroughForm(page, `${ADMIN_PASSWORD}-wrong`);
    const response = await reply;
    assert.equal(response.status(), 401);
    const problem = (await response.json()) as { detail: string };
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', new RegExp(problem.detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(await page.getByLabel('Wachtwoord').isVisible(), true, 'still on the login page');
    await context.close();
  });

  it('works on a phone: no horizontal scroll, navigation behind the menu button', async () => {
    const context = await newTestContext(browser, server.baseUrl, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const overflow = () =>
      page.evaluate(() => {
        const w = globalThis as unknown as BrowserGlobals;
        return w.document.documentElement.scrollWidth - w.innerWidth;
      });
    await page.goto('/');
    await page.getByLabel('E-mailadres').waitFor();
    assert.ok((await overflow()) <= 0, 'login page fits');
    await logInThroughForm(page);
    await waitForMap(page);
    assert.ok((await overflow()) <= 0, 'map page fits');

    const menu = page.getByRole('button', { name: 'Menu' });
    const navLink = page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Meldingen' });
    assert.equal(await navLink.isVisible(), false, 'navigation collapsed');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    const layout = await page.evaluate(() => {
      const d = (globalThis as unknown as BrowserGlobals).document;
      return { map: d.querySelector('.city-map')!.getBoundingClientRect(), list: d.querySelector('.area-list')!.getBoundingClientRect() };
    });
    assert.ok(layout.list.top >= layout.map.bottom, 'the list comes below the map');
    await screenshot(page, 'telefoon');

    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await navLink.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    assert.equal(await navLink.isVisible(), false, 'menu closes after navigating');
    assert.ok((await overflow()) <= 0, 'module page fits');
    await context.close();
  });
});
