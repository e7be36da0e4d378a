/**
 * Browser test of the guided analyst journeys (issue 13, "Analysts and coordinators are guided"),
 * desktop, against the real server in Chromium with the synthetic demo incidents:
 *  - the goal form shows the baseline (value, period, source) before it asks for a target; a
 *    target on the wrong side of the baseline gets a warning and is not saved until confirmed;
 *  - near-repeat starts on home burglary (1.1.1) and states its conclusion in one sentence;
 *  - a moderator sees a person's name and a house-number reference in a story flagged.
 * Run: node --import tsx --test test/e2e/analyst-guide.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { AreaCollection, Vintage } from '../../web/src/api/types.ts';
import { createMissionPath } from '../../web/src/pages/missions/create-query.ts';
import { logInThroughForm, newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { preparedBy, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const ANALYST = { email: 'analist@example.test', password: 'analist-Correct-Horse-42' };
const BUURT = 'BU05050102';
const STORY = 'Jan de Vries van nummer 12 laat zijn hond overal los, en mevrouw Jansen op 14b durft daardoor niet meer naar buiten.';

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ prepare: preparedBy('demo-incidents-prepare.ts'), env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('analysts and moderators are guided, in Chromium', { timeout: 300_000 }, () => {
  it('the goal form shows the baseline first and will not save a wrong-way target unless confirmed', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'analyst', ANALYST.email, ANALYST.password, 'Ayla Analist');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, ANALYST.email, ANALYST.password);
    await page.goto(
      createMissionPath({ buurten: [BUURT], year: 2024, from: '2022-01-01', to: '2023-01-01', title: 'Inbraken Grote Markt' }),
    );
    await page.getByRole('heading', { level: 1, name: 'Nieuwe opgave' }).waitFor();
    await page.getByLabel('Probleemstelling').fill('Veel inbraken en diefstallen rond de Grote Markt, vooral in de wintermaanden.');
    await page.getByRole('button', { name: 'Opgave aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbraken Grote Markt' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /^Doelen/ }).click();

    const baseline = page.getByTestId('goal-baseline');
    await baseline.waitFor();
    assert.match((await baseline.textContent()) ?? '', /kies eerst de indicator en de periode/);
    assert.equal(await page.getByLabel('Streefwaarde').count(), 0, 'no target field before the baseline');
    await page.getByLabel('Omschrijving van het doel').fill('Minder geregistreerde misdrijven');
    await page.getByLabel('Nulmeting vanaf').fill('2022-01-01');
    await page.getByLabel('Nulmeting tot').fill('2023-01-01');
    await baseline.filter({ hasText: /over 1 jan\.? 2022 – 1 jan\.? 2023 \(bron: / }).waitFor({ timeout: 30_000 });
    const value = Number(/Nulmeting: ([\d.]+) over/.exec((await baseline.textContent()) ?? '')?.[1]?.replace(/\./g, ''));
    assert.ok(value > 0, `a baseline is read: ${await baseline.textContent()}`);
    const target = page.getByLabel('Streefwaarde');
    await target.waitFor();
    const order = await baseline.evaluate((b, t) => b.compareDocumentPosition(t as unknown as typeof b), await target.elementHandle());
    assert.ok(order & 4, 'the target field comes after the baseline');

    await target.fill(String(value + 50));
    await page.getByLabel('Deadline').fill('2025-01-01');
    const warning = page.getByTestId('goal-wrong-direction');
    await warning.filter({ hasText: `de streefwaarde ${value + 50} is niet lager dan de nulmeting ${value}` }).waitFor();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await warning.filter({ hasText: 'Bevestig dat de streefwaarde' }).waitFor();
    assert.equal(await page.locator('.goal-card').count(), 0, 'not saved without confirming');

    await target.fill(String(Math.round(value * 0.8)));
    assert.equal(await warning.count(), 0, 'a lower target is fine');
    assert.match((await page.locator('#goal-target-hint').textContent()) ?? '', /^−\d+(,\d)? % t\.o\.v\. de nulmeting\.$/);
    await target.fill(String(value + 50));
    await warning.getByLabel(/Ja, dit is bedoeld/).check();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.locator('.goal-card', { hasText: 'Minder geregistreerde misdrijven' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('near-repeat starts on home burglary and states its conclusion beside the table', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, ANALYST.email, ANALYST.password);
    await page.goto('/analyse/near-repeat?from=2023-01-01&to=2024-01-01');
    const conclusion = page.getByTestId('knox-conclusion');
    await conclusion.waitFor({ timeout: 60_000 });
    assert.match((await page.getByTestId('knox-default-type').textContent()) ?? '', /Begint op .*\(1\.1\.1\)/);
    assert.match(
      (await page.locator('.type-picker summary').textContent()) ?? '',
      /standaard: woninginbraak/,
      'the filter says the default too',
    );
    const sentence = (await conclusion.textContent()) ?? '';
    const significant =
      /^Conclusie: binnen \d+ m en [\d–]+ dagen na een woninginbraak is de kans op een volgende \d+(,\d)?× zo groot als bij toeval \(p = [\d,< ]+\)\.$/;
    assert.match(sentence, new RegExp(`${significant.source}|^Conclusie: geen aanwijzing voor near-repeat`));
    const signals = await page.locator('[data-testid=knox-cell].signal').count();
    assert.equal(significant.test(sentence), signals > 0, 'a significant conclusion exactly when the table marks a cell');
    await page.getByRole('button', { name: 'neem alle delicten' }).click();
    await page.waitForURL(/allTypes=on/);
    await page.getByTestId('knox-default-type').waitFor({ state: 'detached', timeout: 60_000 });
    await conclusion.waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a moderator sees the name and the house numbers in a story flagged', async () => {
    const resident = await newTestContext(browser, server.baseUrl);
    const vintages = (await (await resident.request.get('/api/v1/areas/vintages')).json()) as Vintage[];
    const buurten = (await (await resident.request.get(`/api/v1/areas?level=buurt&year=${vintages[0]!.year}`)).json()) as AreaCollection;
    const code = buurten.features.find((f) => !f.properties.isWater)!.properties.code;
    const sent = await resident.request.post(`/api/v1/pulse/${code}`, { data: { safeDay: 6, safeNight: 4, problems: [], story: STORY } });
    assert.equal(sent.status(), 201, await sent.text());
    await resident.close();

    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('link', { name: 'Beleving', exact: true }).click();
    await page.getByRole('link', { name: 'Verhalen modereren' }).click();
    const card = page.locator('article.story-card').first();
    await card.waitFor();
    assert.deepEqual(await card.locator('mark.suggestion').allTextContents(), [
      'Jan de Vries (naam)',
      'nummer 12 (postcode of adres)',
      'mevrouw Jansen (naam)',
      '14b (postcode of adres)',
    ]);
    assert.equal(
      await card.getByLabel('Tekst die gepubliceerd wordt').inputValue(),
      '[verwijderd] van [verwijderd] laat zijn hond overal los, en [verwijderd] op [verwijderd] durft daardoor niet meer naar buiten.',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
