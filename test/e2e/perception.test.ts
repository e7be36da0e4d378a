/**
 * Browser tests of the beleving pages against the real server in Chromium. The story of the
 * "Done when": a resident answers the pulse of a buurt on a phone with a story → a moderator logs
 * in, redacts and approves it → the story and the answer count appear on the buurt and wijk
 * profile and on the public neighbourhood page. Then the profile's four indices with the method
 * text, and the discrepancy view (chart and map). Made-up survey figures are imported before the
 * server starts (perception-prepare.ts). Run: node scripts/run-tests.mjs test/e2e/perception.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AreaCollection, AreaFeature, Vintage } from '../../web/src/api/types.ts';
import { logInThroughForm, newTestContext, screenshot, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { preparedBy, startServer, type RunningServer } from './support/server.ts';
import { overflow, PHONE } from './support/signals-steps.ts';

const STORY = 'Bij de speeltuin is het ’s avonds erg donker. Bel Jan op 06-12345678 als je iets ziet, het is er echt niet fijn.';
const YEAR = new Date().getUTCFullYear();
let server: RunningServer;
let browser: Browser;
let buurt: AreaFeature;
let wijk: AreaFeature;

before(async () => {
  browser = await launchBrowser();
  // demo content off: only this test's survey results, answers and stories (perception-prepare.ts loads the synthetic incidents)
  server = await startServer({ publicUrl: true, prepare: preparedBy('perception-prepare.ts'), env: { STADSVEILIG_DEMO: 'off' } });
  const vintages = (await (await fetch(`${server.baseUrl}/api/v1/areas/vintages`)).json()) as Vintage[];
  const areas = async (level: string) =>
    ((await (await fetch(`${server.baseUrl}/api/v1/areas?level=${level}&year=${vintages[0]!.year}`)).json()) as AreaCollection).features;
  const buurten = (await areas('buurt'))
    .filter((f) => f.geometry && !f.properties.isWater)
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  buurt = buurten[0]!;
  wijk = (await areas('wijk')).find((w) => w.properties.code === buurt.properties.parentCode)!;
  assert.ok(buurt && wijk, 'a buurt with its wijk');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newTestContext(browser, server.baseUrl, options);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

describe('beleving in Chromium', { timeout: 400_000 }, () => {
  it('says politely when too many answers arrive (429) and ties errors to the scales', async () => {
    const { context, page, errors } = await open(PHONE);
    await page.route('**/api/v1/pulse/*', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '30' },
            body: JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Rate limit exceeded' }),
          })
        : route.continue(),
    );
    await page.goto(`/buurtpeiling/${buurt.properties.code}`);
    await page.getByRole('heading', { level: 1, name: `Buurtpeiling ${buurt.properties.name}` }).waitFor();
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByTestId('pulse-errors').waitFor();
    await page.waitForFunction(
      () => (globalThis as unknown as BrowserGlobals).document.activeElement?.getAttribute('data-testid') === 'pulse-errors',
    );
    const day = page.locator('#pulse-safeDay');
    assert.match((await day.getAttribute('aria-describedby')) ?? '', /pulse-safeDay-error/);
    assert.equal(await page.locator('#pulse-safeDay-error').textContent(), 'Kies een cijfer voor overdag.');
    await page
      .getByRole('group', { name: /overdag/ })
      .getByRole('radio', { name: '8', exact: true })
      .check();
    await page
      .getByRole('group', { name: /’s avonds/ })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    assert.match(await text(page, 'send-failure'), /Probeer het over 30 seconden opnieuw/);
    assert.deepEqual(
      errors.filter((e) => !/429/.test(e)),
      [],
    );
    await context.close();
  });

  it('a resident answers the pulse on a phone, with a story, using the keyboard for the marks', async () => {
    const { context, page, errors } = await open(PHONE);
    await page.goto(`/buurtpeiling/${buurt.properties.code}`);
    await page.getByRole('heading', { level: 1, name: `Buurtpeiling ${buurt.properties.name}` }).waitFor();
    assert.match(await text(page, 'answer-count'), /0 antwoorden .* \(n = 0, geen steekproef\)/);
    assert.match((await page.locator('.privacy-note').textContent()) ?? '', /Anoniem: we bewaren geen IP-adres/);

    // Keyboard only: a radio group is one Tab stop; arrows choose the mark.
    await page
      .getByRole('group', { name: /overdag/ })
      .getByRole('radio', { name: '1', exact: true })
      .focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('input[name="pulse-safeDay"]:checked').getAttribute('value'), '7');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('input[name="pulse-safeNight"]:checked').getAttribute('value'), '4');
    await page.getByLabel('Slechte verlichting of donkere plekken').check();
    await page.getByLabel('Rondhangende jongeren').check();
    await page.getByLabel('Uw verhaal (niet verplicht)').fill(STORY);
    await page.getByLabel('25 tot 45 jaar').check();
    assert.ok((await overflow(page)) <= 0, 'the questionnaire fits the phone');
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as BrowserGlobals).innerWidth),
      PHONE.viewport.width,
      'not zoomed out to fit',
    );
    await screenshot(page, 'beleving-peiling-telefoon', { fullPage: true });

    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedankt voor uw antwoord' }).waitFor();
    assert.match(await text(page, 'answer-count'), /1 antwoord .*\(n = 1, geen steekproef\)/);
    assert.match(await text(page, 'pulse-thanks'), /eerst gelezen door een medewerker/);

    // The device cookie: a second visit this quarter is told it already answered (409 on sending).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'U hebt al geantwoord' }).waitFor();
    const again = await page.request.post(`/api/v1/pulse/${buurt.properties.code}`, { data: { safeDay: 5, safeNight: 5, problems: [] } });
    assert.equal(again.status(), 409);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a moderator redacts the phone number, tags and approves the story', async () => {
    const { context, page, errors } = await open();
    await logInThroughForm(page);
    await page.getByRole('link', { name: 'Beleving', exact: true }).click();
    await page.getByRole('link', { name: 'Verhalen modereren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verhalen modereren' }).waitFor();
    assert.equal(await text(page, 'queue-count'), '1 verhaal te beoordelen.');
    const card = page.locator('article.story-card').first();
    assert.equal(await card.locator('mark.suggestion').first().textContent(), '06-12345678 (telefoonnummer)');
    const suggestion = card.getByLabel(/Weghalen: ‘06-12345678’/);
    assert.equal(await suggestion.isChecked(), true, 'personal data is removed unless the moderator unticks it');
    assert.match(await card.getByLabel('Tekst die gepubliceerd wordt').inputValue(), /Bel Jan op \[verwijderd\] als/);
    // Redact the name too, by editing the text to publish.
    const final = card.getByLabel('Tekst die gepubliceerd wordt');
    await final.fill((await final.inputValue()).replace('Bel Jan op', 'Bel'));
    await card.getByLabel('Verlichting en donkere plekken').check();
    await screenshot(page, 'beleving-moderatie', { fullPage: true });
    await card.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await page.getByTestId('moderation-message').filter({ hasText: 'is goedgekeurd' }).waitFor();
    await page.getByTestId('queue-count').filter({ hasText: '0 verhalen te beoordelen.' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the story and the count appear on the buurt and wijk profile (from the map) and the public page', async () => {
    const { context, page, errors } = await open();
    await logInThroughForm(page);
    await waitForMap(page);
    await page.getByLabel('Zoek een buurt').fill(buurt.properties.code);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Veiligheidsprofiel van deze buurt' }).click();
    await page.getByRole('heading', { level: 1, name: `Veiligheidsprofiel ${buurt.properties.name}` }).waitFor();
    // Without a year the profile opens on the latest year with survey data (2023, perception-prepare.ts);
    // the pulse answer of this year shows once this year is chosen.
    assert.equal(await page.getByLabel('Jaar').inputValue(), '2023');
    await page.getByLabel('Jaar').selectOption(String(YEAR));
    await page
      .getByTestId('pulse-n')
      .filter({ hasText: `in ${YEAR}` })
      .waitFor();
    assert.match(await text(page, 'pulse-n'), new RegExp(`^1 antwoord in ${YEAR} \\(n = 1`));
    const stories = await text(page, 'stories');
    assert.match(stories, /Bel \[verwijderd\] als je iets ziet/);
    assert.doesNotMatch(stories, /06-12345678|Jan/);
    assert.match(await text(page, 'theme-counts'), /Verlichting en donkere plekken\s*1/);

    await page.goto(`/beleving/profiel/${wijk.properties.code}?jaar=${YEAR}`);
    await page.getByRole('heading', { level: 1, name: `Veiligheidsprofiel ${wijk.properties.name}` }).waitFor();
    assert.match(await text(page, 'pulse-n'), /^1 antwoord/);
    assert.match(await text(page, 'stories'), /Bel \[verwijderd\]/);
    assert.equal(
      await page.getByTestId('report-html').getAttribute('href'),
      `/api/v1/areas/${wijk.properties.code}/report.html?year=${YEAR}`,
    );
    assert.deepEqual(errors, []);
    await context.close();

    const resident = await open(PHONE);
    await resident.page.goto(`/veiligheid/${buurt.properties.code}`);
    await resident.page.getByRole('heading', { level: 1, name: `Veiligheid in ${buurt.properties.name}` }).waitFor();
    assert.equal(
      await resident.page.getByLabel('Jaar').inputValue(),
      '2023',
      'opens on the latest year with data, not an empty current year',
    );
    await resident.page.getByLabel('Jaar').selectOption(String(YEAR));
    await resident.page
      .getByTestId('pulse-n')
      .filter({ hasText: `in ${YEAR}` })
      .waitFor();
    assert.match(await text(resident.page, 'pulse-n'), /^1 antwoord/);
    assert.match(await text(resident.page, 'stories'), /Bel \[verwijderd\]/);
    const qr = resident.page.getByRole('img', { name: /QR-code naar de buurtpeiling/ });
    await qr.waitFor();
    // Wait for the image to finish loading (or failing) before judging it: the element is attached first.
    const qrWidth = await qr.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          const img = el as unknown as { complete: boolean; naturalWidth: number; addEventListener(type: string, fn: () => void): void };
          if (img.complete) return resolve(img.naturalWidth);
          img.addEventListener('load', () => resolve(img.naturalWidth));
          img.addEventListener('error', () => resolve(0));
        }),
    );
    assert.ok(qrWidth > 0, 'the QR code loads');
    assert.equal(await resident.page.getByTestId('pulse-link').getAttribute('href'), `/buurtpeiling/${buurt.properties.code}`);
    assert.ok((await overflow(resident.page)) <= 0, 'the neighbourhood page fits the phone');
    assert.equal(
      await resident.page.evaluate(() => (globalThis as unknown as BrowserGlobals).innerWidth),
      PHONE.viewport.width,
      'not zoomed out to fit',
    );
    await screenshot(resident.page, 'beleving-buurtpagina', { fullPage: true });
    assert.deepEqual(resident.errors, []);
    await resident.context.close();
  });

  it('the profile shows four indices with their method, and the wijkgesprek report opens', async () => {
    const { context, page, errors } = await open();
    await logInThroughForm(page);
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.goto(`/beleving/profiel/${wijk.properties.code}?jaar=2023`);
    await page.getByRole('heading', { level: 1, name: `Veiligheidsprofiel ${wijk.properties.name}` }).waitFor();
    assert.equal(await page.locator('[data-testid="index-cards"] > li').count(), 4);
    for (const k of ['crime', 'victimisation', 'perceived']) assert.match(await text(page, `index-${k}`), /^\d+$/, `${k} index shown`);
    assert.equal(await text(page, 'index-nuisance'), '–', 'no nuisance reports in 2023: no index, and the gap is listed');
    assert.match(await text(page, 'gaps'), /Gemelde overlast: Geen meldingen van overlast in 2023/);
    assert.match(await text(page, 'method-text'), /100 = het gemiddelde van de hele gemeente in het basisjaar/);
    assert.match(await text(page, 'combined'), /= 0,5 × .* \+ 0,5 × /);
    assert.match(await text(page, 'survey-trends'), /Voelt zich wel eens onveilig in eigen buurt/);
    await screenshot(page, 'beleving-profiel', { fullPage: true });
    const report = await page.request.get(`/api/v1/areas/${wijk.properties.code}/report.html?year=2023`);
    assert.equal(report.status(), 200);
    assert.match(await report.text(), new RegExp(wijk.properties.name));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the discrepancy view draws the quadrant chart and the same classes on the map', async () => {
    const { context, page, errors } = await open();
    await logInThroughForm(page);
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.goto('/beleving/verschillen');
    await page.getByRole('heading', { level: 1, name: 'Beleving en registratie' }).waitFor();
    await page.getByTestId('discrepancy-summary').waitFor({ timeout: 90_000 });
    assert.equal(await page.getByLabel('Jaar').inputValue(), '2023', 'opens on the latest year with survey data');
    await page.getByLabel('Jaar').selectOption('2023');
    // The discrepancy endpoint computes every wijk's indices; give it time on a busy machine.
    await page
      .getByTestId('discrepancy-summary')
      .filter({ hasText: /in 2023/ })
      .waitFor({ timeout: 90_000 });
    const points = await page.locator('[data-testid="quadrant-chart"] circle.point').count();
    assert.ok(points >= 10, `most wijken have both indices (got ${points})`);
    assert.equal(await page.locator('[data-testid="discrepancy-table"] tbody tr').count(), points);
    // The same classes on the map: every point's wijk carries its quadrant and the layer is drawn.
    let coloured: number | null = null;
    for (let i = 0; i < 120 && coloured === null; i++) {
      coloured = await page.evaluate(async () => {
        const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
        const src = map?.getSource('wijken') as { getData(): Promise<{ features: { properties: { quadrant?: string } }[] }> } | undefined;
        if (!map?.loaded() || !src || map.queryRenderedFeatures({ layers: ['quadrant-fill'] }).length === 0) return null;
        return (await src.getData()).features.filter((f) => f.properties.quadrant && f.properties.quadrant !== 'none').length;
      });
      if (coloured === null) await page.waitForTimeout(500);
    }
    assert.equal(coloured, points, 'every point is coloured on the map');
    await screenshot(page, 'beleving-verschillen', { fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
