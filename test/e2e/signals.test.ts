/**
 * Browser tests of the meldingen pages against the real server in Chromium, with the server's mail
 * going to a local SMTP capture. One story in order: a resident reports on a phone, a second
 * resident finds it nearby and follows it (and reports anyway), staff handle the report (search,
 * transitions, merge, close; splitting is in signal-detail.test.ts), the resident answers the satisfaction question, and the
 * reporter's e-mails arrive — the follower's without the reporter's link. Run: node scripts/run-tests.mjs --e2e   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { logInThroughForm, newTestContext, screenshot, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { mapPixel, overflow, PHONE, targetBuurt } from './support/signals-steps.ts';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.ts';

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;
const RESIDENT = 'bewoner@example.test';
const FOLLOWER = 'buurman@example.test';
const DESCRIPTION = 'De lantaarnpaal bij het speelveld brandt al een week niet meer, het is er avonds erg donker.';
/** Shared along the story. */
const story: { number?: string; trackingPath?: string; duplicate?: string } = {};

before(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpCapture();
  server = await startServer({
    env: { STADSVEILIG_SMTP_URL: smtp.url, STADSVEILIG_MAIL_FROM: 'Gemeente Dordrecht <meldingen@example.test>' },
    publicUrl: true,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

async function phonePage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newTestContext(browser, server.baseUrl, PHONE);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** Steps 1 and 2 of the form: a tap on the map, the description with its suggested category. */
async function placeAndDescribe(page: Page): Promise<void> {
  await page.goto('/melden');
  await page.getByRole('heading', { level: 1, name: 'Melding doen' }).waitFor();
  await waitForMap(page);
  const { buurt, lngLat } = await targetBuurt(page);
  const point = await mapPixel(page, lngLat);
  await page.touchscreen.tap(point.x, point.y);
  await page.getByTestId('place-status').filter({ hasText: buurt.properties.name }).waitFor();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Wat' });
  await heading.waitFor();
  assert.equal(
    await heading.evaluate((el) => el === (globalThis as unknown as BrowserGlobals).document.activeElement),
    true,
    'focus moves to the step heading',
  );
  await page.getByLabel('Wat is er aan de hand?').fill(DESCRIPTION);
  const suggestion = page.getByTestId('category-suggestion');
  await suggestion.waitFor();
  assert.equal(await suggestion.getAttribute('data-slug'), 'straatverlichting');
  assert.match((await suggestion.textContent()) ?? '', /Openbare ruimte › Straatverlichting/);
}

describe('meldingen in Chromium', { timeout: 300_000 }, () => {
  it('a resident reports from the map on a phone and follows the report', async () => {
    const { context, page, errors } = await phonePage();
    await page.goto('/melden');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByTestId('form-errors').waitFor();
    assert.match((await page.locator('#point-error').textContent()) ?? '', /Wijs de plek aan/);

    await placeAndDescribe(page);
    await page.getByRole('button', { name: 'Klopt niet? Kies een andere categorie' }).click();
    assert.equal(
      await page.getByLabel('Categorie', { exact: true }).inputValue(),
      'straatverlichting',
      'the picker starts at the suggestion',
    );
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    await page.setInputFiles('#report-photos', [
      { name: 'lamp.png', mimeType: 'image/png', buffer: photo },
      { name: 'notitie.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
    ]);
    await page.locator('#report-photos-error', { hasText: 'notitie.txt is geen JPEG-, PNG- of WebP-foto' }).waitFor();
    await screenshot(page, 'melden-telefoon', { fullPage: true });
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('heading', { level: 2, name: 'Stap 3 van 3: Contact en versturen' }).waitFor();
    const honeypot = page.locator('#report-website');
    assert.equal(await honeypot.getAttribute('tabindex'), '-1');
    assert.equal(await page.locator('.hp-field').getAttribute('aria-hidden'), 'true');
    const box = await honeypot.boundingBox();
    assert.ok(box && box.x + box.width <= 0, 'the honeypot is off screen');
    await page.getByLabel('E-mailadres', { exact: true }).fill(RESIDENT);
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.locator('#report-consent-error').waitFor();
    assert.equal(await page.locator('#report-consent').getAttribute('aria-describedby'), 'report-consent-hint report-consent-error');
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByLabel('Houd mij per e-mail op de hoogte').check();
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/public/signals') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    assert.match((await sent).headers()['idempotency-key'] ?? '', /^[A-Za-z0-9_-]{8,100}$/, 'sent with an Idempotency-Key');

    const number = await page.getByTestId('signal-number').textContent({ timeout: 30_000 });
    assert.match(number ?? '', /^M-\d{4}-\d{6}$/);
    story.number = number!;
    const link = page.getByTestId('tracking-link');
    story.trackingPath = (await link.getAttribute('href'))!;
    assert.match(story.trackingPath, /^\/meldingen\/volgen\/[A-Za-z0-9_-]{20,}$/);
    assert.ok((await overflow(page)) <= 0, 'the confirmation fits the phone');
    await screenshot(page, 'melden-bevestiging');

    await link.click();
    await page.getByRole('heading', { level: 1, name: `Melding ${story.number}` }).waitFor();
    assert.equal(await page.locator('.status-badge').first().textContent(), 'Ontvangen');
    await page.getByRole('img', { name: 'Foto 1 bij de melding' }).waitFor();
    assert.ok((await overflow(page)) <= 0, 'the tracking page fits the phone');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a neighbour sees the report nearby, follows it, and still reports', async () => {
    const { context, page, errors } = await phonePage();
    await placeAndDescribe(page);
    await page.getByRole('button', { name: 'Volgende' }).click();
    const nearby = page.getByRole('region', { name: 'Is dit uw melding? Volg die dan' });
    await nearby.waitFor();
    await nearby.locator('.nearby-item', { hasText: story.number! }).waitFor();
    // One e-mail field: the follow button uses it, and the neighbour's own report keeps it as contact.
    await nearby.getByRole('button', { name: `Volg melding ${story.number} met mijn e-mailadres` }).click();
    await nearby.getByText('Vul eerst hierboven uw e-mailadres in.').waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).fill(FOLLOWER);
    await nearby.getByRole('button', { name: `Volg melding ${story.number} met mijn e-mailadres` }).click();
    await nearby.getByText(`U volgt melding ${story.number}`).waitFor();
    assert.match(
      (await nearby.locator('.nearby-item', { hasText: story.number! }).textContent()) ?? '',
      /binnen (25|50) m hiervandaan/,
      'a distance band, not a distance',
    );
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByTestId('mail-promise').filter({ hasText: 'U krijgt geen e-mail over deze melding' }).waitFor();
    story.duplicate = (await page.getByTestId('signal-number').textContent({ timeout: 30_000 }))!;
    assert.notEqual(story.duplicate, story.number);
    const confirmation = await smtp.waitFor((m) => m.to.includes(FOLLOWER) && m.subject.includes('Bevestig'));
    const confirmLink = /(http:\/\/127\.0\.0\.1:\d+\/meldingen\/bevestigen\/[A-Za-z0-9_-]+)/.exec(confirmation.text)?.[1];
    assert.ok(confirmLink, confirmation.text);
    await page.goto(confirmLink);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('Bevestigd.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('staff find the report, change its status, merge the duplicate and close it', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByLabel('Zoeken in meldingen').fill('lantaarnpaal speelveld');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('heading', { name: '2 meldingen' }).waitFor();
    assert.match(page.url(), /q=lantaarnpaal/, 'the filter is in the URL');
    const { buurt } = await targetBuurt(page);
    await page.locator('.inbox-table td', { hasText: buurt.properties.name }).first().waitFor();
    await screenshot(page, 'meldingen-inbox');
    await page.getByRole('link', { name: story.number! }).click();

    await page.getByRole('heading', { level: 1, name: `Melding ${story.number}` }).waitFor();
    const status = page.locator('.page-head .status-badge');
    const bar = page.getByRole('toolbar', { name: 'Acties' });
    const panel = page.locator('#action-panel');
    /** The form opens from the action bar (and closes after a change). */
    const openForm = async (name: string, field: string) => {
      if ((await page.getByLabel(field, { exact: true }).count()) === 0) await bar.getByRole('button', { name }).click();
    };
    const transition = async (label: string, text?: string) => {
      await openForm('Status wijzigen', 'Nieuwe status');
      await page.getByLabel('Nieuwe status').selectOption({ label });
      if (text !== undefined) await page.locator('#transition-text').fill(text);
      await panel.getByRole('button', { name: 'Status wijzigen' }).click();
    };
    await transition('In behandeling genomen');
    await status.filter({ hasText: 'In behandeling genomen' }).waitFor();
    await transition('Doorgestuurd naar een partner (toelichting verplicht)');
    await page.locator('#transition-text-error').waitFor();
    assert.match((await page.locator('#transition-text').getAttribute('aria-describedby')) ?? '', /transition-text-error/);
    await transition('Doorgestuurd naar een partner (toelichting verplicht)', 'De netbeheerder vervangt de lamp.');
    await status.filter({ hasText: 'Doorgestuurd naar een partner' }).waitFor();

    // Splitting (the parent closes as 'gesplitst') is walked in signal-detail.test.ts.

    await page.goto(`/meldingen/${story.duplicate}`);
    await page.getByRole('heading', { level: 1, name: `Melding ${story.duplicate}` }).waitFor();
    await openForm('Samenvoegen met nummer', 'Samenvoegen met melding');
    await page.getByLabel('Samenvoegen met melding').fill(story.number!.toLowerCase());
    await panel.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Melding ${story.number}` }).waitFor();
    await page.getByText('Samengevoegde meldingen:').waitFor();
    await page.locator('a.chip', { hasText: story.duplicate! }).waitFor();

    await page.getByRole('button', { name: 'Toon contactgegevens' }).click();
    await page.locator('.contact-reveal').getByText(RESIDENT).waitFor();
    await openForm('Notitie of bericht aan melder', 'Notitie');
    await page.getByLabel('Notitie', { exact: true }).fill('De nieuwe lamp is besteld.');
    await page.getByLabel('Ook de melder (volgpagina) en de partner').check();
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.locator('.staff-history li[data-kind="note"]', { hasText: 'De nieuwe lamp is besteld.' }).waitFor();
    await page.mouse.move(5, 5);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'melding-detail');

    await transition('Afgehandeld (toelichting verplicht)', 'De lamp is vervangen en brandt weer.');
    await status.filter({ hasText: 'Afgehandeld' }).waitFor();
    await openForm('Status wijzigen', 'Nieuwe status');
    const offered = await page.getByLabel('Nieuwe status').locator('option').allTextContents();
    assert.deepEqual(offered.slice(1), ['Heropend (toelichting verplicht)'], 'only the transitions the API allows');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the resident sees the new status and answers the satisfaction question', async () => {
    const { context, page, errors } = await phonePage();
    await page.goto(story.trackingPath!);
    await page.getByRole('heading', { level: 1, name: `Melding ${story.number}` }).waitFor();
    assert.equal(await page.locator('.status-badge').first().textContent(), 'Afgehandeld');
    await page.getByText('De lamp is vervangen en brandt weer.').waitFor();
    await page.getByText('De nieuwe lamp is besteld.').waitFor();
    await page.getByLabel('Nee, niet tevreden').check();
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.locator('#feedback-reason-error').waitFor();
    await page.getByLabel('Waarom bent u niet tevreden?').fill('De lamp knippert nog steeds.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Wij bekijken uw melding opnieuw.').waitFor();
    assert.equal(await page.locator('.status-badge').first().textContent(), 'Verzoek tot heropenen');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: `Report ${story.number}` }).waitFor();
    assert.equal(await page.locator('.status-badge').first().textContent(), 'Reopen requested');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('mails the reporter, with a tracking link that opens the report', async () => {
    const received = await smtp.waitFor((m) => m.to.includes(RESIDENT) && m.subject.includes(`${story.number} is ontvangen`));
    const tracking = /(http:\/\/127\.0\.0\.1:\d+\/meldingen\/volgen\/[A-Za-z0-9_-]+)/.exec(received.text)?.[1];
    assert.ok(tracking, `a tracking link in: ${received.text}`);
    assert.equal(new URL(tracking).pathname, story.trackingPath);
    await smtp.waitFor((m) => m.to.includes(RESIDENT) && m.subject.includes(`${story.number} is afgehandeld`));
    const followed = await smtp.waitFor((m) => m.to.includes(FOLLOWER) && m.subject === `Melding ${story.number}: afgehandeld`);
    assert.match(followed.text, /\/meldingen\/afmelden\//, 'the follower’s own unsubscribe link');
    const toFollower = smtp.messages.filter((m) => m.to.includes(FOLLOWER));
    assert.ok(
      toFollower.every((m) => !/\/meldingen\/volgen\//.test(m.text)),
      'never the reporter’s tracking link',
    );
    assert.ok(
      toFollower.every((m) => !m.text.includes('De lamp is vervangen')),
      'no staff reply that was not published',
    );

    const { context, page, errors } = await phonePage();
    await page.goto(tracking);
    await page.getByRole('heading', { level: 1, name: `Melding ${story.number}` }).waitFor();
    const unsubscribeLink = /(http:\/\/127\.0\.0\.1:\d+\/meldingen\/afmelden\/[A-Za-z0-9_-]+)/.exec(followed.text)?.[1];
    assert.ok(unsubscribeLink, followed.text);
    await page.goto(unsubscribeLink);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByText('U bent afgemeld.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
