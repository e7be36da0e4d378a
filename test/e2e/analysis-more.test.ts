/**
 * More browser tests of the Analyse workbench against the real server (synthetic demo incidents
 * 2021–2023 loaded on first start, plus made-up residents' reports imported before the start by
 * analysis-prepare.ts): the KDE density overlay on the hotspot map, hotspots per buurt with local
 * Moran (LISA), the evaluation of chosen hotspots (PAI, PEI, RRI) against the next year, and the
 * source switch to residents' reports. What the page shows is compared with the API's reply for the
 * same query, fetched from the page with the session.
 * Run: node scripts/run-tests.mjs test/e2e/analysis-more.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AreaGeometry } from '../../web/src/api/types.ts';
import { interiorPoint } from '../../web/src/ui/map/geometry.ts';
import { formatNumber, formatShare } from '../../web/src/pages/analysis/format.ts';
import { rdToWgs84 } from '../../web/src/pages/analysis/rd.ts';
import type { EvaluationReply, HotspotsReply, KdeReply } from '../../web/src/pages/analysis/types.ts';
import {
  apiFromPage,
  changedShare,
  clickMapAt,
  kdeOverlay,
  mapColourAt,
  mapPixels,
  waitForHotspotFeatures,
  waitForHotspotMap,
} from './support/analysis-map.ts';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { FRIDAY_LATE, SIGNAL_COUNT } from './support/synthetic-reports.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PERIOD = 'from=2023-01-01&to=2024-01-01';
const BUURT_CODE = /^BU0505\d{4}$/;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

function prepare(env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'e2e', 'analysis-prepare.ts')], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`analysis-prepare failed:\n${r.stdout}\n${r.stderr}`);
}

before(async () => {
  browser = await launchBrowser();
  // Demo content off: the reports analysed are only the imported ones; analysis-prepare.ts loads the
  // synthetic incidents itself.
  server = await startServer({ prepare, env: { STADSVEILIG_DEMO: 'off' } });
  context = await newTestContext(browser, server.baseUrl);
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

/** Opens a view and waits for its meta line (period and events of the reply). */
async function openView(view: string, query: string): Promise<void> {
  await page.goto(`/analyse/${view}?${query}`);
  await page.getByRole('heading', { level: 1, name: 'Analyse' }).waitFor();
  await page.getByTestId('analysis-meta').waitFor({ timeout: 60_000 });
}

/** The centre of the densest KDE raster cell (row 0 is the southern row) as longitude/latitude. */
function densestCell(k: KdeReply): [number, number] {
  let best = 0;
  k.values.forEach((v, i) => {
    if ((v ?? 0) > (k.values[best] ?? 0)) best = i;
  });
  const [x0, y0] = k.bboxRd as [number, number];
  return rdToWgs84(x0 + ((best % k.cols) + 0.5) * k.cellSize, y0 + (Math.floor(best / k.cols) + 0.5) * k.cellSize);
}

const nl = (v: number | null, digits = 0) => formatNumber(v, 'nl', digits);
const classCounts = (reply: HotspotsReply) =>
  reply.features.reduce((m, f) => m.set(f.properties.class, (m.get(f.properties.class) ?? 0) + 1), new Map<string, number>());

describe("Analyse workbench in Chromium: KDE, LISA per buurt, evaluation, residents' reports", { timeout: 300_000 }, () => {
  it('KDE: the density raster is drawn over the hotspot map, densest cell darkest, with the bandwidth of the API reply', async () => {
    await openView('hotspots', PERIOD);
    await waitForHotspotMap(page);
    const kde = await apiFromPage<KdeReply>(page, `/api/v1/analysis/kde?${PERIOD}`);
    const peak = densestCell(kde);
    const before = { all: await mapPixels(page), peak: await mapColourAt(page, peak) };
    await page.getByLabel('Dichtheidskaart (KDE) tonen').check();
    await page.waitForURL(/[?&]kde=on/);
    await page.getByText(`Dichtheid (gebeurtenissen per km²), bandbreedte ${Math.round(kde.bandwidth!)} m`).waitFor();
    await page.waitForFunction(
      () => !!(globalThis as unknown as { __stadsveiligMap?: { getLayer(id: string): unknown } }).__stadsveiligMap?.getLayer('kde-layer'),
    );
    const overlay = await kdeOverlay(page);
    assert.ok(overlay?.layer, 'a raster layer for the KDE image');
    assert.equal(overlay.width, kde.cols);
    assert.equal(overlay.height, kde.rows);
    const expected = kde.values.filter((v) => v === null || v > 0).length;
    assert.ok(expected > 1000, `a city-wide surface (${expected} cells with density)`);
    assert.equal(overlay.painted, expected, 'every raster cell with density (or withheld) is painted, the zeros are transparent');
    const share = changedShare(before.all, await mapPixels(page));
    assert.ok(share > 0.03, `the overlay changes the drawn map (${(share * 100).toFixed(1)}% of pixels)`);
    const [r, g, b] = await mapColourAt(page, peak);
    assert.ok(
      b > g + 50 && b > before.peak[2] + 30,
      `the densest cell is drawn dark purple: rgb(${r}, ${g}, ${b}), before rgb(${before.peak.join(', ')})`,
    );
    const highest = kde.values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
    const rampLabels = await page.getByTestId('kde-legend').locator('.kde-ramp-labels span').allTextContents();
    assert.deepEqual(
      rampLabels,
      ['laag (0)', `hoog (${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(highest)})`],
      'the colour ramp runs from 0 to the highest density',
    );
    await screenshot(page, 'analyse-kde', { fullPage: true });

    await page.getByLabel('Dichtheidskaart (KDE) tonen').uncheck();
    await page.waitForURL((u) => !u.search.includes('kde='));
    await page.waitForFunction(
      () => !(globalThis as unknown as { __stadsveiligMap?: { getLayer(id: string): unknown } }).__stadsveiligMap?.getLayer('kde-layer'),
    );
    assert.ok(changedShare(before.all, await mapPixels(page)) < 0.01, 'switched off, the map is drawn as before');
    assert.deepEqual(errors, [], 'no console errors (the overlay is not fetched, so the CSP has nothing to block)');
  });

  it("hotspots per buurt with local Moran: CBS buurt codes, the LISA classes and global Moran's I as the API gives them", async () => {
    await openView('hotspots', PERIOD);
    await page.getByLabel('Eenheid').selectOption({ label: 'Buurten' });
    await page.waitForURL(/[?&]unit=buurt/);
    assert.equal(await page.getByLabel('Celgrootte').count(), 0, 'no cell size for buurten');
    await page.getByLabel('Methode').selectOption({ label: 'Lokale Moran (LISA)' });
    await page.waitForURL(/[?&]method=local-moran/);
    const api = await apiFromPage<HotspotsReply>(page, `/api/v1/analysis/hotspots?${PERIOD}&unit=buurt&method=local-moran`);
    assert.equal(api.unit, 'buurt');
    const features = await waitForHotspotFeatures(page, (fs) => fs.every((f) => BUURT_CODE.test(f.id)) && fs.some((f) => f.cls === 'HH'));
    assert.equal(features.length, api.features.length);
    const apiClass = new Map(api.features.map((f) => [f.id, f.properties.class]));
    for (const f of features) assert.equal(f.cls, apiClass.get(f.id), `class of ${f.id} on the map`);

    const legend = page.locator('[data-testid=hotspot-legend] li');
    assert.deepEqual(await legend.evaluateAll((els) => els.map((e) => e.getAttribute('data-class'))), [
      'HH',
      'HL',
      'LH',
      'LL',
      'not-significant',
    ]);
    const counts = classCounts(api);
    assert.ok((counts.get('HH') ?? 0) > 0, 'the demo data has high-high clusters');
    assert.match(
      (await legend.first().textContent()) ?? '',
      new RegExp(`^Hoog omringd door hoog \\(cluster\\) \\(${counts.get('HH')} eenheden\\)`),
    );
    const m = api.moran!;
    const verdict = m.i! > 0 && m.p! < 0.05 ? 'de gebeurtenissen zijn ruimtelijk geclusterd' : 'geen aantoonbare ruimtelijke clustering';
    await page.getByText(`Globale Moran's I ${nl(m.i, 3)} (z = ${nl(m.z, 1)}): ${verdict}`).waitFor();

    const hh = api.features.find((f) => f.properties.class === 'HH' && f.geometry)!;
    await waitForHotspotMap(page);
    await clickMapAt(page, interiorPoint(hh.geometry as AreaGeometry)!);
    const chosen = page.getByTestId('hotspot-selected');
    await chosen.waitFor();
    assert.equal(await chosen.locator('dt').textContent(), hh.properties.name, 'the clicked buurt by name');
    assert.match(
      (await chosen.locator('dd').textContent()) ?? '',
      new RegExp(`Aantal: ${nl(hh.properties.count)} .*Hoog omringd door hoog`),
    );
    await screenshot(page, 'analyse-lisa-buurten', { fullPage: true });
  });

  it('evaluation: PAI, PEI and RRI of the 2022 high-high buurten against 2023, as the API computes them', async () => {
    const query = 'from=2022-01-01&to=2023-01-01&unit=buurt&method=local-moran';
    await openView('hotspots', query);
    const api = await apiFromPage<HotspotsReply>(page, `/api/v1/analysis/hotspots?${query}`);
    const hh = api.features.filter((f) => f.properties.class === 'HH').map((f) => f.id);
    assert.ok(hh.length > 1, `high-high buurten in 2022: ${hh.join(', ')}`);
    await waitForHotspotFeatures(page, (fs) => fs.every((f) => BUURT_CODE.test(f.id)));
    await page.getByRole('button', { name: 'Kies alle clusters hoog-hoog' }).click();
    assert.equal(await page.locator('[data-testid=hotspot-selected] > div').count(), Math.min(12, hh.length));
    const panel = page.getByRole('region', { name: 'Evaluatie van de gekozen hotspots' });
    assert.equal(await panel.getByLabel('Evaluatieperiode vanaf').inputValue(), '2023-01-01', 'by default the year after the analysed one');
    assert.equal(await panel.getByLabel('tot', { exact: true }).inputValue(), '2024-01-01');
    await panel.getByRole('button', { name: 'Evalueer' }).click();
    const result = panel.getByTestId('evaluation-result');
    await result.waitFor({ timeout: 60_000 });

    const ev = await apiFromPage<EvaluationReply>(page, '/api/v1/analysis/evaluation', {
      from: '2023-01-01',
      to: '2024-01-01',
      source: 'incidents',
      selection: { unit: 'buurt', buurten: hh },
      baselineFrom: '2022-01-01',
      baselineTo: '2023-01-01',
    });
    assert.ok(ev.pai! > 1, `the 2022 clusters predict 2023 better than chance (PAI ${ev.pai})`);
    assert.ok(ev.hits! > 0 && ev.hits! < ev.total!);
    const shown = Object.fromEntries(
      await result
        .locator('div')
        .evaluateAll((els) => els.map((e) => [e.querySelector('dt')?.textContent, e.querySelector('dd')?.textContent])),
    );
    assert.deepEqual(shown, {
      'PAI (voorspellende nauwkeurigheid)': nl(ev.pai, 2),
      'PEI (efficiëntie)': nl(ev.pei, 2),
      'RRI (blijvendheid)': nl(ev.rri, 2),
      Treffers: `${nl(ev.hits)} / ${nl(ev.total)}`,
      'Aandeel oppervlakte': formatShare(ev.areaShare, 'nl'),
    });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'analyse-evaluatie');
  });

  it("source switch: residents' reports in hottimes, the crime-type picker hidden", async () => {
    await openView('hottimes', `${PERIOD}&crimeTypes=1.1.1`);
    await page.getByTestId('synthetic-label').waitFor();
    assert.equal(await page.locator('.type-picker').count(), 1);
    await page.getByLabel('Bron').selectOption({ label: 'Meldingen van bewoners' });
    await page.waitForURL((u) => u.searchParams.get('source') === 'signals' && !u.searchParams.has('crimeTypes'));
    await page.getByTestId('analysis-meta').getByText(`${SIGNAL_COUNT} gebeurtenissen`).waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('.type-picker').count(), 0, 'crime types do not apply to reports');
    assert.equal(await page.getByTestId('synthetic-label').count(), 0, 'reports are not synthetic demo incidents');
    const top = page.locator('[data-testid=heatmap] rect.heat-cell[data-level="5"]');
    assert.equal(await top.count(), 1, 'one busiest hour');
    assert.equal(await top.locator('title').textContent(), `vrijdag 22:00–23:00: ${FRIDAY_LATE}`);
    await screenshot(page, 'analyse-meldingen', { fullPage: true });
  });

  it("residents' reports in buurt hotspots, hotcrimes and trends (named categories); concentration says it needs incidents", async () => {
    await page.getByRole('link', { name: 'Hotspots' }).click();
    await page.waitForURL(/\/analyse\/hotspots\?.*source=signals/);
    await page.getByLabel('Eenheid').selectOption({ label: 'Buurten' });
    const features = await waitForHotspotFeatures(
      page,
      (fs) => fs.every((f) => BUURT_CODE.test(f.id)) && fs.some((f) => (f.count ?? 0) >= 20),
    );
    const busiest = features.filter((f) => (f.count ?? 0) >= 20);
    assert.equal(busiest.length, 3, 'the three buurten with most reports');
    assert.deepEqual(
      busiest.map((f) => f.cls),
      ['hot-99', 'hot-99', 'hot-99'],
    );

    await page.getByRole('link', { name: 'Hotcrimes' }).click();
    const rows = page.locator('[data-testid=hotcrimes-level] tbody tr th');
    await rows.first().waitFor({ timeout: 60_000 });
    assert.deepEqual(await rows.allTextContents(), ['Afval en dumping (afval-dumping)', 'Straatverlichting (straatverlichting)']);

    await page.getByRole('link', { name: 'Trends en signaleringen' }).click();
    const series = page.getByLabel('Reeks');
    await series.waitFor({ timeout: 60_000 });
    const options = await series.locator('option').evaluateAll((els) => els.map((e) => [e.getAttribute('value'), e.textContent]));
    assert.deepEqual(options.map(([v]) => v).sort(), ['afval-dumping', 'straatverlichting'], 'one series per report category');
    assert.ok(
      options.every(([v, text]) => text?.startsWith(v === 'afval-dumping' ? 'Afval en dumping' : 'Straatverlichting')),
      JSON.stringify(options),
    );
    const current = await series.inputValue();
    const other = options.map(([v]) => v!).find((v) => v !== current)!;
    await series.selectOption(other);
    await page.waitForURL((u) => u.searchParams.get('series') === other);
    assert.equal(await series.inputValue(), other);

    await page.getByRole('link', { name: 'Concentratie' }).click();
    assert.match((await page.locator('.notice').textContent()) ?? '', /^Meldingen hebben geen dader-, slachtoffer- of adresreferenties/);
    assert.deepEqual(errors, []);
  });
});
