/**
 * Browser tests of the Analyse workbench against the real server (synthetic demo incidents 2021–2023
 * loaded on first start): every view renders real data, an export downloads a CSV with a header
 * and a PNG, and a hotspot becomes a mission draft with its scope filled in.
 * Run: node scripts/run-tests.mjs test/e2e/analysis.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const PERIOD = 'from=2023-01-01&to=2024-01-01';

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  context = await newTestContext(browser, server.baseUrl, { acceptDownloads: true });
  page = await context.newPage();
  errors = watchErrors(page);
  await logInThroughForm(page);
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Analyse' }).waitFor();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function openView(view: string, query = PERIOD): Promise<void> {
  await page.goto(`/analyse/${view}?${query}`);
  await page.getByRole('heading', { level: 1, name: 'Analyse' }).waitFor();
  await page.getByTestId('synthetic-label').waitFor({ timeout: 60_000 });
}

async function downloadText(selector: string): Promise<{ name: string; text: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file) };
}

/** Features of the hotspot source on the map. */
async function hotspotFeatures(): Promise<{ id: string; cls: string; ring: [number, number][] }[]> {
  return page.evaluate(async () => {
    const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
    const src = map?.getSource('hotspots') as
      | {
          getData(): Promise<{
            features: { properties: { id: string; class: string }; geometry: { coordinates: [number, number][][] } }[];
          }>;
        }
      | undefined;
    if (!src) return [];
    const data = await src.getData();
    return data.features.map((f) => ({ id: f.properties.id, cls: f.properties.class, ring: f.geometry.coordinates[0]! }));
  });
}

describe('Analyse workbench in Chromium', { timeout: 300_000 }, () => {
  it('hottimes: a 7 × 24 heatmap, Monday first, labelled synthetic, with a table alternative', async () => {
    await openView('hottimes');
    const cells = page.locator('[data-testid=heatmap] rect.heat-cell');
    await cells.first().waitFor();
    assert.equal(await cells.count(), 168);
    assert.match((await page.getByTestId('synthetic-label').textContent()) ?? '', /synthetische demodata/);
    const levels = await cells.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-level'))));
    assert.ok(
      levels.some((l) => l === 5),
      'the busiest hour is in the top class',
    );
    assert.ok(
      levels.every((l) => l >= 0),
      'the analyst sees no suppressed cells',
    );
    assert.match((await cells.first().locator('title').textContent()) ?? '', /^maandag 0:00–1:00/);
    await screenshot(page, 'analyse-hottimes', { fullPage: true });
    await page.getByText('Als tabel').click();
    assert.equal(await page.locator('[data-testid=hottimes-table] tbody tr').count(), 24);
  });

  it('hotcrimes: tables by change and level with the minimum-count rule; CSV export has a header', async () => {
    await page.getByRole('link', { name: 'Hotcrimes' }).click();
    await page.waitForURL(/\/analyse\/hotcrimes\?from=2023-01-01&to=2024-01-01/);
    const rows = page.locator('[data-testid=hotcrimes-level] tbody tr');
    await rows.first().waitFor();
    assert.ok((await rows.count()) > 10, 'many crime types');
    assert.match((await rows.first().locator('th').textContent()) ?? '', /\(\d+\.\d+\.\d+\)/, 'type title with its code');
    assert.match((await page.getByTestId('min-count-rule').textContent()) ?? '', /minder dan 10 gebeurtenissen/);
    assert.ok(
      (await page.locator('[data-testid=hotcrimes-level] tr[data-verdict=notTested]').count()) > 0,
      'rare types are shown as not tested',
    );
    const { name, text } = await downloadText('[data-export=csv]');
    assert.equal(name, 'hotcrimes.csv');
    const lines = text.toString('utf8').split('\n');
    assert.match(lines[0]!, /^# source: incidents; period: 2023-01-01 to 2024-01-01/);
    assert.match(lines[1]!, /^# synthetic: true/);
    assert.match(lines[2]!, /^type,current,baseline,currentRate/);
    assert.ok(lines.length > 10);
    await screenshot(page, 'analyse-hotcrimes', { fullPage: true });
  });

  it('trends: the weekly series with the baseline band and alert markers, and the current alerts', async () => {
    await page.getByRole('link', { name: 'Trends en signaleringen' }).click();
    const line = page.getByTestId('trend-line');
    await line.waitFor();
    assert.ok(((await line.getAttribute('d')) ?? '').split('L').length > 40, 'a year of weekly points');
    assert.ok(((await page.getByTestId('trend-band').getAttribute('d')) ?? '').length > 100, 'the baseline band is drawn');
    assert.ok((await page.getByTestId('trend-alert').count()) > 0, 'the default series is one with alerts');
    assert.match(
      (await page.getByTestId('trends-false-alarms').textContent()) ?? '',
      /^\d+ reeks(en)? getoetst over \d+ weken; bij 1 % vals alarm per reeks per week (zijn|is) ~[\d,]+ vals(e)? alarm(en)? te verwachten \(gevonden: [1-9]\d* signaleringen\)\.$/,
    );
    assert.ok((await page.locator('[data-testid=series-alerts] li').count()) > 0);
    await page.getByLabel('Laatste weken').selectOption('52');
    await page.locator('[data-testid=current-alerts] li').first().waitFor();
    const falseAlarms = (await page.getByTestId('current-alerts-false-alarms').textContent()) ?? '';
    assert.match(
      falseAlarms,
      /^[\d.]+ reeksen getoetst over 52 weken; bij 1 % vals alarm per reeks per week zijn ~[\d.,]+ valse alarmen te verwachten/,
    );
    await screenshot(page, 'analyse-trends', { fullPage: true });
  });

  it('near-repeat: the Knox band grid, and edited bands change it', async () => {
    await page.getByRole('link', { name: 'Near-repeat' }).click();
    const cells = page.getByTestId('knox-cell');
    await cells.first().waitFor({ timeout: 60_000 });
    assert.equal(await cells.count(), 9, '3 distance × 3 time bands');
    assert.deepEqual(await page.locator('[data-testid=knox-table] thead th').allTextContents(), [
      'Afstand \\ Tijd',
      '0–7 dagen',
      '7–14 dagen',
      '14–21 dagen',
    ]);
    await page.getByLabel('Afstandsgrenzen (meter)').fill('0,200,inf');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(/spaceBands=0,200,inf/);
    await page.locator('[data-testid=knox-table] tbody th', { hasText: 'meer dan 200' }).waitFor({ timeout: 60_000 });
    assert.equal(await cells.count(), 6);
    await screenshot(page, 'analyse-near-repeat', { fullPage: true });
  });

  it('concentration: the curve and the top-x % shares; PNG export of the chart', async () => {
    await page.getByRole('link', { name: 'Concentratie' }).click();
    const curve = page.getByTestId('concentration-curve');
    await curve.waitFor();
    assert.ok(((await curve.getAttribute('d')) ?? '').length > 50);
    assert.equal(await page.locator('[data-testid=top-shares] li').count(), 4);
    const { name, text } = await downloadText('[data-export=png]');
    assert.match(name, /^analyse-concentration-2023-01-01-2024-01-01-synthetisch\.png$/);
    assert.deepEqual([...text.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
    await screenshot(page, 'analyse-concentratie', { fullPage: true });
  });

  it('hotspots: classed features with a legend; a click selects a cell; PNG; "maak hier een opgave van" fills the missions form', async () => {
    await openView('hotspots');
    await page.waitForFunction(
      () => {
        const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
        // The layer exists once its source does (HotspotMap adds both together).
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
    const features = await hotspotFeatures();
    assert.ok(features.length > 100, 'non-empty grid cells on the map');
    const classes = new Set(features.map((f) => f.cls));
    assert.ok(classes.has('hot-99') && classes.has('not-significant'), `classes: ${[...classes].join(', ')}`);
    const legend = await page.locator('[data-testid=hotspot-legend] li').allTextContents();
    assert.equal(legend.length, 7);
    assert.match(legend[0]!, /^Hotspot, 99% betrouwbaar \(\d+ eenheden\)/);
    assert.match((await page.getByTestId('fdr-note').textContent()) ?? '', /Zonder correctie/);

    // Click the centre of a 99 % hotspot cell on the map (scrolled into view first).
    await page.getByTestId('hotspot-map').scrollIntoViewIfNeeded();
    const target = features.find((f) => f.cls === 'hot-99')!;
    const centre = target.ring.slice(0, 4).reduce((a, p) => [a[0] + p[0] / 4, a[1] + p[1] / 4], [0, 0]) as [number, number];
    const point = await page.evaluate((c) => {
      const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!;
      const p = map.project(c);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, centre);
    await page.mouse.click(point.x, point.y);
    const chosen = page.getByTestId('hotspot-selected');
    await chosen.waitFor();
    assert.match((await chosen.textContent()) ?? '', /Cel \d+_\d+/);
    await screenshot(page, 'analyse-hotspots', { fullPage: true });

    const png = await downloadText('[data-export=png]');
    assert.deepEqual([...png.text.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'the map as PNG');
    assert.ok(png.text.length > 20_000, 'a drawn map, not an empty canvas');
    const geojson = await downloadText('[data-export=geojson]');
    assert.equal((JSON.parse(geojson.text.toString('utf8')) as { type: string }).type, 'FeatureCollection');

    await page.getByRole('button', { name: 'Kies alle hotspots (99%)' }).click();
    const link = page.getByTestId('make-mission');
    const href = (await link.getAttribute('href')) ?? '';
    const hot99 = features.filter((f) => f.cls === 'hot-99').length;
    assert.match(href, /^\/opgaven\/nieuw\?cells=\d+_\d+,/);
    assert.match(href, /cellSize=100&from=2023-01-01&to=2024-01-01&evidence=hotcrimes,hottimes/);
    await link.click();
    await page.waitForURL(/\/opgaven\/nieuw\?/);
    await page
      .getByTestId('from-analysis')
      .waitFor({ timeout: 60_000 })
      .catch(async (e: unknown) => {
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not a DOM node: the rendered text (what the tester saw) for the failure message; textContent() may be null
        throw new Error(`${String(e)}\n${page.url()}\n${(await page.locator('main').innerText()).slice(0, 600)}`);
      });
    await page.getByText(`${hot99} rastercellen van 100 m`).waitFor();
    // …and save it: the hotspot cells become the mission's scope with its evidence frozen.
    await page.getByLabel('Titel', { exact: true }).fill('Hotspot uit de analyse');
    await page.getByLabel('Probleemstelling').fill('Een cluster van 99%-hotspots in 2023; samen met partners aanpakken.');
    await page.getByRole('button', { name: 'Opgave aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hotspot uit de analyse' }).waitFor({ timeout: 30_000 });
    assert.match(new URL(page.url()).pathname, /^\/opgaven\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: /^Bewijs/ }).click();
    await page.locator('.evidence-item[data-kind="hottimes"]').waitFor();
    assert.equal(await page.locator('.evidence-item').count(), 2, 'hotcrimes and hottimes frozen as evidence');
    assert.deepEqual(errors, []);
  });
});
