/**
 * Browser test of Bevoegdheden (the register of administrative powers): a coordinator registers a
 * 13b closure (art. 13b Opiumwet) at a fixture BAG address (Proefstraat 12), invites a zienswijze,
 * decides with a measure period and announces it with a public text, dated so that the bezwaar term
 * ends in four days: the warning shows on the decision and on the deadlines page. A bezwaar is
 * recorded and the beslissing-op-bezwaar is due on the date computed here by hand (announced + 84
 * days: six weeks of bezwaar term, then six weeks to decide, art. 6:7, 7:10 Awb); the timeline has
 * the four steps. An analyst (powers:read) sees the decision without any step or edit button; a
 * partner account has no Bevoegdheden in its navigation. The register fits a 375 px phone.
 * Run: node scripts/run-tests.mjs test/e2e/powers-decision.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { preparedBy, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const COORD = { email: 'bestuurlijk@example.test', password: 'coord-Correct-Horse-42', name: 'Bea Bestuursrecht' };
const ANALYST = { email: 'analist@example.test', password: 'analyst-Correct-Horse-42', name: 'Ans Analist' };
const PARTNER = { email: 'partner@example.test', password: 'partner-Correct-Horse-42', name: 'Piet Partner' };
const TITLE = 'Sluiting drugspand Proefstraat';
const PUBLIC_TEXT = 'De burgemeester sluit de woning aan de Proefstraat voor drie maanden wegens drugshandel.';

/** A date `days` calendar days from today (UTC), YYYY-MM-DD: the same day the server counts from. */
const TODAY = new Date();
function dayFromToday(days: number): string {
  const d = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth(), TODAY.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}
const HEARING_ON = dayFromToday(-60);
const DECIDED_ON = dayFromToday(-45);
const ANNOUNCED_ON = dayFromToday(-38);
/** The bezwaar term's last day: announced + 42 days, four days from today. */
const OBJECTION_TERM_END = dayFromToday(4);
/** Worked out by hand: announced + 42 (bezwaar term) + 42 (six weeks to decide) = announced + 84. */
const OBJECTION_DECISION_DUE = dayFromToday(-38 + 84);

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' }, prepare: preparedBy('report-place-prepare.ts') });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const sideways = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as BrowserGlobals;
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });

/** The highlighted state of the procedure stepper. */
const currentStep = (page: Page) => page.locator('.pw-steps li[aria-current="step"]').textContent();

/** Opens the step's form from its button, fills the date (and more) and records it. */
async function takeStep(page: Page, action: string, date: string, fill: (page: Page) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await form.getByLabel('Datum (rechtsgevolg)').fill(date);
  await fill(page);
  await form.getByRole('button', { name: 'Stap vastleggen' }).click();
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as BrowserGlobals).document;
    return !doc.querySelector('form.action-form') || doc.querySelector('form.action-form [role="alert"]');
  });
  assert.equal(await form.getByRole('alert').count(), 0, `${action}: ${await form.getByRole('alert').allTextContents()}`);
  await form.waitFor({ state: 'detached' });
}

describe('Bevoegdheden in Chromium', { timeout: 300_000 }, () => {
  let decisionUrl = '';

  it('a coordinator registers a 13b closure and takes it through hearing, decision, announcement and bezwaar', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'coordinator', COORD.email, COORD.password, COORD.name);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORD.email, COORD.password);

    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Bevoegdheden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bevoegdheden' }).waitFor();
    await page.getByText('Geen besluiten gevonden.').waitFor();
    await page.getByRole('link', { name: 'Nieuw besluit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw besluit' }).waitFor();
    await page.getByLabel('Grondslag').selectOption('opiumwet-13b');
    await page.getByLabel('Onderwerp').fill(TITLE);
    await page.getByLabel('Samenvatting').fill('Bij een doorzoeking is een handelshoeveelheid harddrugs aangetroffen.');
    await page.getByRole('combobox', { name: 'Adres (BAG)' }).fill('Proefstraat 12');
    await page.getByRole('option', { name: /^Proefstraat 12, 3311 AB Dordrecht/ }).click();
    await page.getByText('Gekozen adres: Proefstraat 12, 3311 AB Dordrecht').waitFor();
    await page.getByLabel('Incidentnummers').fill('PL1600-2026-000123');
    await page.getByLabel('Documenten').fill('Bestuurlijke rapportage politie | DMS-2026-0042');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();

    const created = page.getByRole('heading', { level: 1, name: new RegExp(TITLE) });
    await created.or(page.getByRole('alert')).first().waitFor();
    assert.equal(
      await page.getByRole('alert').count(),
      0,
      `registered without a problem: ${await page.getByRole('alert').allTextContents()}`,
    );
    assert.match(page.url(), /\/bevoegdheden\/[0-9a-f-]{36}$/);
    decisionUrl = page.url();
    await page.getByText('art. 13b Opiumwet').first().waitFor();
    assert.equal(await currentStep(page), 'voornemen');
    await page.getByRole('listitem').filter({ hasText: 'Incident PL1600-2026-000123' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Bestuurlijke rapportage politie — DMS-2026-0042' }).waitFor();

    await takeStep(page, 'Zienswijze vragen', HEARING_ON);
    assert.equal(await currentStep(page), 'zienswijze');
    await takeStep(page, 'Besluit nemen', DECIDED_ON, async (p) => {
      await p.getByLabel('Begindatum maatregel').fill(dayFromToday(-44));
      await p.getByLabel('Einddatum maatregel').fill(dayFromToday(60));
    });
    await takeStep(page, 'Bekendmaken', ANNOUNCED_ON, (p) => p.getByLabel('Openbare tekst').fill(PUBLIC_TEXT));
    assert.equal(await currentStep(page), 'bekendgemaakt');
    await page.locator('.pw-public').filter({ hasText: PUBLIC_TEXT }).waitFor();

    // The bezwaar term ends in four days: a warning on the decision.
    const deadlines = page.getByRole('list', { name: 'Termijnen' });
    const objectionTerm = deadlines.getByRole('listitem').filter({ hasText: 'Bezwaartermijn' });
    await objectionTerm.filter({ hasText: OBJECTION_TERM_END }).waitFor();
    await objectionTerm.locator('.badge.pw-soon', { hasText: 'nog 4 dagen' }).waitFor();
    await objectionTerm.filter({ hasText: 'art. 6:7' }).waitFor();

    // … and on the deadlines page (within 14 days), linked to the decision.
    await page.getByRole('link', { name: 'Termijnen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Termijnen' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.filter({ hasText: 'Bezwaartermijn' }).filter({ hasText: OBJECTION_TERM_END }).waitFor();
    await row.locator('.badge.pw-soon', { hasText: 'nog 4 dagen' }).waitFor();
    await screenshot(page, 'bevoegdheden-termijnen');
    await page.getByLabel('Binnen').selectOption('7d');
    await row.waitFor();
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();

    // A bezwaar arrives today: the beslissing op bezwaar is due announced + 84 days.
    await takeStep(page, 'Bezwaar ontvangen', dayFromToday(0));
    assert.equal(await currentStep(page), 'bezwaar');
    const objectionDecision = deadlines.getByRole('listitem').filter({ hasText: 'Beslissing op bezwaar' });
    await objectionDecision.filter({ hasText: OBJECTION_DECISION_DUE }).waitFor();
    await objectionDecision.filter({ hasText: 'nog 46 dagen' }).waitFor();

    const steps = await page.getByRole('list', { name: 'Verloop' }).getByRole('listitem').allInnerTexts();
    assert.equal(steps.length, 4, steps.join(' | '));
    assert.match(steps[0]!, /Zienswijze vragen[\s\S]*voornemen → zienswijze[\s\S]*door Bea Bestuursrecht/);
    assert.match(steps[2]!, new RegExp(`Bekendmaken[\\s\\S]*${ANNOUNCED_ON}`));
    assert.match(steps[3]!, /Bezwaar ontvangen[\s\S]*bekendgemaakt → bezwaar/);

    await screenshot(page, 'bevoegdheden-besluit', { fullPage: true });

    // Editing a decision someone else changed meanwhile: the form says so and reloads.
    await page.getByRole('button', { name: 'Inhoud wijzigen' }).click();
    await page.getByLabel('Samenvatting').fill('Mijn wijziging.');
    const id = decisionUrl.split('/').pop()!;
    const { csrfToken } = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/v1/decisions/${id}`)).json()) as { version: number };
    const other = await page.request.patch(`/api/v1/decisions/${id}`, {
      data: { summary: 'Gewijzigd door een collega.', version: current.version },
      headers: { 'x-csrf-token': csrfToken },
    });
    assert.equal(other.status(), 200, await other.text());
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit besluit intussen gewijzigd' }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.getByText('Gewijzigd door een collega.').waitFor();
    await page.getByRole('button', { name: 'Inhoud wijzigen' }).click();
    await page
      .getByLabel('Samenvatting')
      .fill('Bij een doorzoeking is een handelshoeveelheid harddrugs aangetroffen; bestuurlijke rapportage.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const edit = page.getByRole('form', { name: 'Inhoud wijzigen' });
    await page.locator('.pw-summary', { hasText: 'bestuurlijke rapportage.' }).or(edit.getByRole('alert')).first().waitFor();
    assert.equal(await edit.count(), 0, `the form closes after saving: ${await edit.getByRole('alert').allTextContents()}`);
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok((await sideways(page)) <= 1, 'the decision page fits a phone');
    await page.setViewportSize({ width: 1280, height: 860 });

    // The register shows it with its state, period and next deadline; on a phone too.
    await page.getByRole('link', { name: '← Alle besluiten' }).click();
    const listed = page.getByRole('row').filter({ hasText: TITLE });
    await listed.filter({ hasText: 'bezwaar' }).filter({ hasText: 'Proefstraat 12' }).waitFor();
    await listed.filter({ hasText: `${dayFromToday(-44)} – ${dayFromToday(60)}` }).waitFor();
    await page.getByLabel('Alleen maatregelen die nu gelden').check();
    await listed.waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await listed.getByRole('link').first().waitFor();
    assert.ok((await sideways(page)) <= 1, 'the register fits a phone');
    const conflicts = errors.filter((e) => e.includes('status of 409 (Conflict)'));
    assert.equal(conflicts.length, 1, 'the one refused save of a stale version');
    assert.deepEqual(
      errors.filter((e) => !conflicts.includes(e)),
      [],
    );
    await context.close();
  });

  it('an analyst reads the decision without any step or edit; a partner has no Bevoegdheden', async () => {
    assert.ok(decisionUrl, 'the decision of the first test');
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'analyst', ANALYST.email, ANALYST.password, ANALYST.name);
    await createStaffUser(context.request, 'partner', PARTNER.email, PARTNER.password, PARTNER.name);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, ANALYST.email, ANALYST.password);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Bevoegdheden' }).click();
    await page.getByRole('row').filter({ hasText: TITLE }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await page.getByRole('list', { name: 'Termijnen' }).getByRole('listitem').filter({ hasText: OBJECTION_DECISION_DUE }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Verloop' }).getByRole('listitem').count(), 4);
    assert.equal(await page.getByRole('heading', { name: 'Volgende stap' }).count(), 0, 'no steps for a reader');
    assert.equal(await page.getByRole('button', { name: 'Beslissen op bezwaar' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Inhoud wijzigen' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Nieuw besluit' }).count(), 0);
    assert.deepEqual(errors, []);
    await context.clearCookies();

    await logInAs(page, PARTNER.email, PARTNER.password);
    const modules = await page.locator('#main-nav a[data-module]').evaluateAll((as) => as.map((a) => a.getAttribute('data-module')));
    assert.ok(modules.length > 0, 'the partner has a navigation');
    assert.ok(!modules.includes('bevoegdheden'), `no Bevoegdheden for a partner: ${modules.join(', ')}`);
    assert.equal(await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Bevoegdheden' }).count(), 0);
    await context.close();
  });
});
