/**
 * The public meldingen map on a phone: pins you can tap (a public report shows its published
 * description and public photo, a sensitive one only category, status and date), the category
 * filter kept in the URL, and "meld mij nieuwe meldingen hier" from a tapped spot: the confirmation
 * mail arrives in the local SMTP capture, the link confirms, and then a new report within the radius
 * is mailed while one outside it is not. Run: node scripts/run-tests.mjs --e2e (see README.md).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import sharp from 'sharp';
import type { AreaCollection, AreaFeature, Vintage } from '../../web/src/api/types.ts';
import { geometryBounds, interiorPoint } from '../../web/src/ui/map/geometry.ts';
import { newTestContext, sourceFeatureCount, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { mapPixel, overflow } from './support/signals-steps.ts';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.ts';

/** A 375 px wide phone. */
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
const SUBSCRIBER = 'buurvrouw@example.test';
const PUBLIC_TEXT = 'Lantaarnpaal bij de speeltuin brandt niet meer';
const SENSITIVE_TEXT = 'Er wordt gedeald bij de ingang van de flat';

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;

before(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpCapture();
  server = await startServer({
    env: {
      STADSVEILIG_SMTP_URL: smtp.url,
      STADSVEILIG_MAIL_FROM: 'Gemeente Dordrecht <meldingen@example.test>',
      STADSVEILIG_DEMO: 'off',
      STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: '0',
      STADSVEILIG_SIGNAL_INTAKE_PER_MINUTE: '1000',
    },
    publicUrl: true,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

/** The three largest land buurten of the newest division, each with a point inside. */
async function bigBuurten(request: APIRequestContext): Promise<Array<{ buurt: AreaFeature; lngLat: [number, number] }>> {
  const vintages = (await (await request.get('/api/v1/areas/vintages')).json()) as Vintage[];
  const buurten = ((await (await request.get(`/api/v1/areas?level=buurt&year=${vintages[0]!.year}`)).json()) as AreaCollection).features;
  const size = (f: AreaFeature) => {
    const b = geometryBounds(f.geometry);
    return b ? (b[1][0] - b[0][0]) * (b[1][1] - b[0][1]) : 0;
  };
  return buurten
    .filter((f) => f.geometry && !f.properties.isWater)
    .sort((a, b) => size(b) - size(a))
    .slice(0, 3)
    .map((buurt) => ({ buurt, lngLat: interiorPoint(buurt.geometry)! }));
}

async function makeReport(request: APIRequestContext, categorySlug: string, description: string, [lon, lat]: [number, number]) {
  const { formToken } = (await (await request.get('/api/v1/public/signals/form')).json()) as { formToken: string };
  const res = await request.post('/api/v1/public/signals', { data: { categorySlug, description, location: { lat, lon }, formToken } });
  assert.equal(res.status(), 201, await res.text());
  return (await res.json()) as { id: string; number: string; trackingToken: string };
}

const metres = ([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]) =>
  Math.hypot((lat2 - lat1) * 111_320, (lon2 - lon1) * 111_320 * Math.cos((lat1 * Math.PI) / 180));

describe('the public map in Chromium', { timeout: 300_000 }, () => {
  it('shows tappable pins, filters by category and subscribes to new reports around a tapped spot', async () => {
    const staff = await newTestContext(browser, server.baseUrl);
    const request = staff.request;
    const [first, second, third] = await bigBuurten(request);
    assert.ok(first && second && third);

    // A public report with a published description and a public photo; a sensitive one elsewhere.
    const lamp = await makeReport(request, 'straatverlichting', PUBLIC_TEXT, first.lngLat);
    const deal = await makeReport(request, 'drugshandel', SENSITIVE_TEXT, second.lngLat);
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: 'orange' } })
      .jpeg()
      .toBuffer();
    const photo = await request.post(`/api/v1/public/signals/track/${lamp.trackingToken}/photos`, {
      multipart: { photo: { name: 'lamp.jpg', mimeType: 'image/jpeg', buffer: jpeg } },
    });
    assert.equal(photo.status(), 201, await photo.text());
    const photoId = ((await photo.json()) as { id: string }).id;
    const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
    for (const [url, data] of [
      [`/api/v1/signals/${lamp.id}/description/publication`, { published: true }],
      [`/api/v1/signals/${lamp.id}/photos/${photoId}/public`, { isPublic: true }],
    ] as const) {
      const res = await request.put(url, { data, headers });
      assert.equal(res.status(), 200, await res.text());
    }
    await staff.close();

    const context = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/melden/kaart');
    await page.getByRole('heading', { level: 1, name: 'Meldingen op de kaart' }).waitFor();
    await waitForMap(page);
    await page.getByTestId('public-report-list').getByRole('button').nth(1).waitFor();
    assert.equal(await overflow(page), 0, 'the page fits a 375 px wide phone');

    // Tap the public pin: category, status, date, the published description and the public photo.
    const map = await page.evaluate(() => fetch('/api/v1/public/signals/map').then((r) => r.json()));
    const where = (n: string | null, slug: string) =>
      (
        map as {
          features: Array<{ geometry: { coordinates: [number, number] }; properties: { number: string | null; categorySlug: string } }>;
        }
      ).features.find((f) => f.properties.number === n && f.properties.categorySlug === slug)!.geometry.coordinates;
    let at = await mapPixel(page, where(lamp.number, 'straatverlichting'));
    await page.touchscreen.tap(at.x, at.y);
    const panel = page.getByTestId('pin-panel');
    await panel.getByRole('heading', { name: 'Straatverlichting' }).waitFor();
    assert.match((await panel.textContent()) ?? '', /Ontvangen · \d+ \w+ \d{4}/);
    await panel.getByTestId('pin-description').filter({ hasText: PUBLIC_TEXT }).waitFor();
    const img = panel.getByRole('img', { name: /Foto bij de melding/ });
    assert.equal(await img.getAttribute('src'), `/api/v1/public/photos/${photoId}`);
    await page.waitForFunction(() => {
      const el = (globalThis as unknown as BrowserGlobals).document.querySelector('.pin-photo') as unknown as {
        naturalWidth: number;
      } | null;
      return el?.naturalWidth === 40;
    });

    // Tap the sensitive area: category, status, date, and nothing else.
    at = await mapPixel(page, where(null, 'drugshandel'));
    await page.touchscreen.tap(at.x, at.y);
    await panel.getByRole('heading', { name: 'Drugshandel' }).waitFor();
    const sensitive = (await panel.textContent()) ?? '';
    assert.match(sensitive, /Ontvangen · \d+ \w+ \d{4}/);
    assert.match(sensitive, /gevoelig onderwerp/);
    assert.ok(!sensitive.includes(deal.number) && !sensitive.includes(SENSITIVE_TEXT), 'no number, no text');
    assert.equal(await panel.getByRole('img').count(), 0, 'no photo');
    assert.equal(await panel.getByTestId('pin-description').count(), 0);

    // The list reaches the same panels by keyboard.
    await page
      .getByTestId('public-report-list')
      .getByRole('button', { name: /Straatverlichting/ })
      .focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Straatverlichting' }).waitFor();

    // The category filter filters pins and list and is kept in the URL.
    await page.getByLabel('Soort melding').selectOption('drugshandel');
    await page.getByRole('heading', { name: 'Open meldingen (1)' }).waitFor();
    assert.match(page.url(), /\?categorie=drugshandel$/);
    const drawn = await sourceFeatureCount(page, 'signal-points');
    assert.equal(drawn, 1, 'only the drugshandel pin is drawn');
    await page.reload();
    await page.getByRole('heading', { name: 'Open meldingen (1)' }).waitFor();
    assert.equal(await page.getByLabel('Soort melding').inputValue(), 'drugshandel');
    await page.getByLabel('Soort melding').selectOption('');
    await page.getByRole('heading', { name: 'Open meldingen (2)' }).waitFor();
    await waitForMap(page);

    // An address search (no BAG data loaded here, so it offers buurt names) marks the place and offers the subscription.
    await page.getByRole('combobox', { name: /Zoek een adres/ }).fill(third.buurt.properties.name);
    await page
      .locator('.address-options')
      .getByRole('option', { name: new RegExp(third.buurt.properties.name) })
      .first()
      .click();
    await page.getByTestId('point-subscribe').getByRole('heading', { name: 'Meld mij nieuwe meldingen hier' }).waitFor();

    // Tap an empty spot: "meld mij nieuwe meldingen hier" within 500 m (the spot's buurt is offered too).
    at = await mapPixel(page, third.lngLat);
    await page.touchscreen.tap(at.x, at.y);
    const form = page.getByTestId('point-subscribe');
    await form.getByRole('heading', { name: 'Meld mij nieuwe meldingen hier' }).waitFor();
    const wholeBuurt = form.getByRole('option', { name: `in de hele buurt ${third.buurt.properties.name}` });
    await wholeBuurt.waitFor({ state: 'attached' });
    await form.getByLabel('Afstand rond deze plek').selectOption('500');
    await form.getByLabel('E-mailadres').fill(SUBSCRIBER);
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await form.getByText('Bijna klaar').waitFor();
    const tapped = await page.evaluate(async () => {
      const src = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!.getSource('signal-marker') as unknown as {
        getData(): Promise<{ features: Array<{ geometry: { coordinates: [number, number] } }> }>;
      };
      return (await src.getData()).features[0]?.geometry.coordinates;
    });
    assert.ok(tapped, 'the tapped spot is marked');
    assert.deepEqual(errors, []);

    const confirmation = await smtp.waitFor((m) => m.to.includes(SUBSCRIBER) && m.subject.includes('Bevestig'));
    assert.match(confirmation.text, /binnen 500 meter/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/meldingen\/bevestigen\/[A-Za-z0-9_-]+)/.exec(confirmation.text)?.[1];
    assert.ok(link, confirmation.text);
    await page.goto(link);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('Bevestigd.').waitFor();

    // One report far outside the radius, then one ~110 m from the tapped spot: only the second is mailed.
    assert.ok(metres(tapped, first.lngLat) > 600, 'the first buurt lies outside the radius');
    const far = await makeReport(page.request, 'straatverlichting', 'Lamp ver weg is kapot', first.lngLat);
    const near = await makeReport(page.request, 'straatverlichting', 'Lamp om de hoek is kapot', [tapped[0], tapped[1] + 0.001]);
    const notice = await smtp.waitFor((m) => m.to.includes(SUBSCRIBER) && m.text.includes(near.number));
    assert.match(notice.subject, /Nieuwe melding bij u in de buurt: Straatverlichting/);
    assert.match(notice.text, /\/meldingen\/afmelden\//, 'its own unsubscribe link');
    await new Promise((r) => setTimeout(r, 3000));
    assert.ok(!smtp.messages.some((m) => m.to.includes(SUBSCRIBER) && m.text.includes(far.number)), 'no mail about the far report');
    await context.close();
  });
});
