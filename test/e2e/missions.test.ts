/**
 * Browser test of the opgaven pages against the real server in Chromium: create → measure →
 * evaluate. An analyst opens the "maak hier een opgave van" link of the analysis view (the URL
 * contract of web/src/pages/missions/create-query.ts) for one buurt, saves the mission (evidence
 * frozen), re-runs a piece of evidence, adds a goal and two measures (an administrative power and a
 * behavioural measure), moves the status on, sets the start date and reads the effect with its
 * method text. A coordinator-level account then publishes the summary, and residents read it
 * without logging in. The server loads synthetic demo incidents from 2021 up to now on first start; the
 * start date, 1 January of last year, leaves a period before the start as long as the one after it
 * inside them, so the effect can be computed.
 * Run: node scripts/run-tests.mjs test/e2e/missions.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createMissionPath } from '../../web/src/pages/missions/create-query.ts';
import { logInThroughForm, newTestContext, screenshot, sourceFeatureCount, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { preparedBy, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const ANALYST = { email: 'analist@example.test', password: 'analist-Correct-Horse-42' };
const BUURT = { code: 'BU05050102', name: 'Grote Markt en omgeving' };
const TITLE = 'Criminaliteit rond de Grote Markt';
const story: { path?: string } = {};

before(async () => {
  browser = await launchBrowser();
  // demo content off (only this test's missions), the synthetic incidents loaded by the prepare script
  server = await startServer({ prepare: preparedBy('demo-incidents-prepare.ts'), env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

async function transition(page: Page, label: string, reason?: string): Promise<void> {
  await page.getByLabel('Nieuwe status').selectOption({ label });
  if (reason) await page.locator('#mission-transition-reason').fill(reason);
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
}

describe('opgaven in Chromium: create → measure → evaluate', { timeout: 300_000 }, () => {
  it('an analyst creates a mission from the analysis link with its evidence frozen', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'analyst', ANALYST.email, ANALYST.password, 'Ayla Analist');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, ANALYST.email, ANALYST.password);
    const link = createMissionPath({
      buurten: [BUURT.code],
      year: 2024,
      from: '2022-01-01',
      to: '2023-01-01',
      title: TITLE,
      view: 'hotspots',
      evidence: [{ kind: 'hotcrimes' }, { kind: 'hottimes' }, { kind: 'concentration', of: 'address' }],
    });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe opgave' }).waitFor();
    await page.getByTestId('from-analysis').waitFor();
    assert.equal(await page.getByLabel('Titel', { exact: true }).inputValue(), TITLE);
    await page.getByRole('button', { name: `${BUURT.name} verwijderen` }).waitFor();
    assert.equal(await page.getByLabel('Hotcrimes (welke misdrijven stijgen)').isChecked(), true);
    assert.equal(await page.getByLabel('Periode vanaf').inputValue(), '2022-01-01');
    await page
      .getByLabel('Probleemstelling')
      .fill('Veel vernielingen, diefstallen en overlast in het uitgaansgebied rond de Grote Markt, vooral in het weekend.');
    await page.getByRole('button', { name: 'Opgave aanmaken' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 30_000 });
    story.path = new URL(page.url()).pathname;
    assert.match(story.path, /^\/opgaven\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('mission-status').textContent(), 'Idee');
    await openTab(page, 'Bewijs');
    assert.equal(await page.locator('.evidence-item').count(), 3, 'three pieces of evidence frozen');
    const hotcrimes = page.locator('.evidence-item[data-kind="hotcrimes"]');
    await hotcrimes.getByRole('button', { name: 'Opnieuw draaien op de gegevens van nu' }).click();
    await hotcrimes.getByRole('heading', { name: /^Opnieuw berekend op/ }).waitFor();
    await hotcrimes.locator('.side-by-side').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the analyst adds a goal and two measures, moves the status on and reads the effect', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, ANALYST.email, ANALYST.password);
    await page.goto(story.path!);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    await openTab(page, 'Doelen');
    await page.getByLabel('Omschrijving van het doel').fill('Minder geregistreerde misdrijven');
    await page.getByLabel('Nulmeting vanaf').fill('2022-01-01');
    await page.getByLabel('Nulmeting tot').fill('2023-01-01');
    await page.getByLabel('Streefwaarde').fill('45');
    await page.getByLabel('Deadline').fill('2025-01-01');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goal = page.locator('.goal-card', { hasText: 'Minder geregistreerde misdrijven' });
    await goal.waitFor();
    await goal.locator('.kpi-bar').waitFor();
    assert.match(
      (await goal.locator('.kpi-words').textContent()) ?? '',
      /Van \d+ naar \d+ \(doel 45\): -?\d+% van de weg afgelegd/,
      'the server explains the computed progress',
    );
    assert.equal(await goal.locator('input').count(), 0, 'progress cannot be edited; no measurements for a registered-crime goal');

    await openTab(page, 'Maatregelen');
    await page.getByLabel('Naam van de maatregel').fill('Gebiedsverbod voor veelplegers');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Bestuurlijke bevoegdheid' });
    await page.getByLabel('Bevoegdheid').selectOption('gebiedsverbod');
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    const power = page.locator('.measure-card', { hasText: 'Gebiedsverbod voor veelplegers' });
    await power.getByTestId('legal-basis').filter({ hasText: 'art. 172a Gemeentewet' }).waitFor();

    await page.getByLabel('Naam van de maatregel').fill('Oproep in de buurtapp');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Gedragsinterventie' });
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await page.locator('#measure-hypothesis-error').waitFor();
    await page.getByLabel('Easy — makkelijk').fill('Eén tik in de buurtapp om verdachte situaties te melden.');
    await page.getByLabel('Attractive — aantrekkelijk').fill('Terugkoppeling binnen een dag wat er met de melding is gedaan.');
    await page.getByLabel('Social — sociaal').fill('Buren zien hoeveel mensen meedoen in hun straat.');
    await page.getByLabel('Timely — op het juiste moment').fill('Bericht op vrijdagmiddag, voor het uitgaansweekend.');
    await page
      .getByLabel('Hypothese')
      .fill('Als melden makkelijk en zichtbaar is, dan komen er meer meldingen van overlast, omdat de drempel lager is.');
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    const behavioural = page.locator('.measure-card[data-type="behavioural"]');
    await behavioural.locator('.east-design').waitFor();
    await behavioural.locator('.hypothesis', { hasText: 'Als melden makkelijk' }).waitFor();

    await openTab(page, 'Overzicht');
    const status = page.getByTestId('mission-status');
    await transition(page, 'Analyse');
    await status.filter({ hasText: 'Analyse' }).waitFor();
    await transition(page, 'Aanpak');
    await status.filter({ hasText: 'Aanpak' }).waitFor();
    await page.getByTestId('blocked-transitions').filter({ hasText: 'Stel eerst de startdatum in' }).waitFor();
    const offered = await page.getByLabel('Nieuwe status').locator('option').allTextContents();
    assert.ok(!offered.includes('Uitvoering'), 'a blocked step is not offered');
    const startYear = new Date().getUTCFullYear() - 1;
    await page.getByLabel('Startdatum aanpak').fill(`${startYear}-01-01`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByTestId('start-date')
      .filter({ hasText: `1 jan ${startYear}` })
      .waitFor();
    await transition(page, 'Uitvoering');
    await status.filter({ hasText: 'Uitvoering' }).waitFor();
    await transition(page, 'Aanpak (reden verplicht)');
    await page.locator('#mission-transition-reason-error').waitFor();

    await openTab(page, 'Effect');
    const irr = page.getByTestId('effect-irr');
    await irr.waitFor({ timeout: 60_000 });
    assert.match((await irr.textContent()) ?? '', /IRR \d+,\d\d/);
    assert.match((await irr.textContent()) ?? '', /95%-interval van de IRR \d+,\d\d – \d+,\d\d/);
    assert.match((await page.getByTestId('effect-method').textContent()) ?? '', /Maryland-niveau 3.*verschil-in-verschillen \(Poisson\)/s);
    await page.getByTestId('effect-wdd').waitFor();
    assert.ok(((await page.getByTestId('comparison-names').textContent()) ?? '').length > 0, 'comparison buurten named');
    await page.locator('.caveats li').first().waitFor();
    await page.mouse.move(5, 5);
    await screenshot(page, 'opgave-effect', { fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the portfolio shows the mission on the map, in the table and in the prioritisation', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).waitFor();
    await page.goto(story.path!);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByLabel('Impact (1–5)').selectOption('4');
    await page.getByLabel('Onderbouwing impact').fill('Veel slachtoffers en overlast in het centrum.');
    await page.getByLabel('Haalbaarheid (1–5)').selectOption('4');
    await page.getByLabel('Onderbouwing haalbaarheid').fill('Horeca, politie en bewoners doen mee.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();

    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Opgaven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opgaven' }).waitFor();
    await waitForMap(page);
    assert.equal(await sourceFeatureCount(page, 'mission-scopes'), 1);
    const row = page.locator('.mission-table tbody tr', { hasText: TITLE });
    await row.locator('.kpi').waitFor();
    assert.match((await row.textContent()) ?? '', /Grote Markt en omgeving/);
    await page.locator('.priority-list li[data-quadrant="do-first"]', { hasText: TITLE }).waitFor();
    await page.locator('.quadrant-dot').first().waitFor();
    await page.locator('#candidates-title').waitFor();
    await screenshot(page, 'opgaven-portfolio', { fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a coordinator-level account publishes the summary and residents read it without logging in', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).waitFor();
    await page.goto(story.path!);
    await page
      .getByRole('heading', { level: 1, name: TITLE })
      .waitFor()
      .catch(async (e: unknown) => {
        await screenshot(page, 'opgaven-failure', { fullPage: true });
        throw e;
      });
    await openTab(page, 'Publiek');
    await page
      .getByLabel('Tekst voor bewoners')
      .fill('Samen met horeca, politie en bewoners pakken we vernielingen en overlast rond de Grote Markt aan.');
    await page.getByLabel('Zo doet u mee').fill('Meld overlast via de buurtapp of kom naar het buurtoverleg.');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByTestId('public-status').filter({ hasText: 'Concept' }).waitFor();
    await page.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await page.getByTestId('public-status').filter({ hasText: 'Goedgekeurd' }).waitFor();
    await context.close();

    const anonymous = await newTestContext(browser, server.baseUrl);
    const pub = await anonymous.newPage();
    const pubErrors = watchErrors(pub);
    await pub.goto(`/veiligheid/${BUURT.code}`);
    await pub.getByTestId('public-missions-link').click();
    await pub.getByRole('heading', { level: 1, name: 'Opgaven in de stad' }).waitFor();
    await pub.getByRole('link', { name: TITLE }).click();
    await pub.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await pub.getByText('Meld overlast via de buurtapp').waitFor();
    await pub.locator('.kpi').waitFor();
    assert.equal(await pub.getByText('Ayla Analist').count(), 0, 'no owner names in public');
    assert.deepEqual([...errors, ...pubErrors], []);
    await anonymous.close();
  });
});
