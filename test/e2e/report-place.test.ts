/**
 * Browser test of the resident's report form on a 375 × 740 phone: find the place by typing part
 * of an address and choosing it from the list (keyboard), by tapping the map (the address at the
 * pin is looked up), and with "Gebruik mijn locatie" (granted and refused); a photo's thumbnail is
 * shown, removed and added again; one e-mail field with the "keep me informed" tick; the
 * confirmation says exactly what will be mailed, the mail arrives, and the report keeps the
 * e-mail address as its contact. The fixture addresses are loaded by report-place-prepare.ts.
 * Run: node --import tsx --test test/e2e/report-place.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { logInThroughForm, newTestContext, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { preparedBy, startServer, type RunningServer } from './support/server.ts';
import { mapPixel, overflow } from './support/signals-steps.ts';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.ts';

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
const RESIDENT = 'bewoner.plek@example.test';
// Fixture points (test/fixtures/geocoder/bagadres-dordrecht.csv, WGS84 from their RD x,y).
const PROEF_12 = { lat: 51.8164917, lon: 4.6614726 };
const TOETS_7 = { lat: 51.80252732, lon: 4.68403406 };

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;

before(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpCapture();
  server = await startServer({
    env: { STADSVEILIG_SMTP_URL: smtp.url, STADSVEILIG_ADDRESS_SEARCH: 'local', STADSVEILIG_DEMO: 'off' },
    publicUrl: true,
    prepare: preparedBy('report-place-prepare.ts'),
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

async function phone(
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newTestContext(browser, server.baseUrl, { ...PHONE, ...options });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

const buurtName = async (page: Page, p: { lat: number; lon: number }) =>
  ((await (await page.request.get(`/api/v1/areas/locate?lat=${p.lat}&lon=${p.lon}`)).json()) as { buurt: { name: string } }).buurt.name;

/** The marker's point on the map (the source the form's pin is drawn from). */
const markerPoint = (page: Page) =>
  page.evaluate(async () => {
    const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!;
    const src = map.getSource('signal-marker') as { getData(): Promise<{ features: Array<{ geometry: { coordinates: number[] } }> }> };
    return (await src.getData()).features[0]?.geometry.coordinates ?? null;
  });

const mapSettled = (page: Page) =>
  page.waitForFunction(() => {
    const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
    return Boolean(map?.loaded() && !map.isMoving());
  });

describe('report form: find the place, photos, one e-mail (phone)', { timeout: 300_000 }, () => {
  it('places the report by address search, a tap on the map and "Gebruik mijn locatie", then sends it with a photo and an e-mail', async () => {
    const { context, page, errors } = await phone({
      permissions: ['geolocation'],
      geolocation: { latitude: TOETS_7.lat, longitude: TOETS_7.lon },
    });
    await page.goto('/melden');
    await page.getByRole('heading', { level: 1, name: 'Melding doen' }).waitFor();

    // Address search works before the map is needed: type part of an address, choose with the keyboard.
    const search = page.getByRole('combobox', { name: 'Zoek een adres, straat, postcode of buurt' });
    await search.fill('proefstr 12');
    const listbox = page.getByRole('listbox');
    await listbox.getByRole('option', { name: /Proefstraat 12A, 3311 AB Dordrecht/ }).waitFor();
    await page.getByTestId('address-status').filter({ hasText: '2 resultaten' }).waitFor();
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    assert.equal(await search.getAttribute('aria-activedescendant'), 'report-address-search-option-1');
    await search.press('Enter');
    assert.equal(await search.inputValue(), 'Proefstraat 12A, 3311 AB Dordrecht');
    assert.equal(await search.getAttribute('aria-expanded'), 'false');
    const status = page.getByTestId('place-status');
    await status.filter({ hasText: /^Bij Proefstraat 12A, 3311 AB Dordrecht, buurt / }).waitFor();

    // The map flies to the chosen address and shows the pin there.
    await waitForMap(page);
    await mapSettled(page);
    const pin = await markerPoint(page);
    assert.ok(pin && Math.abs(pin[1]! - 51.8148024) < 1e-4 && Math.abs(pin[0]! - 4.6634982) < 1e-4, `pin at 12A: ${pin}`);

    // A tap on the map: the address at the pin is looked up and shown.
    await page.locator('.pick-map').scrollIntoViewIfNeeded();
    // Centre the map on the point to tap (as a resident would pan), so it is on the 375 px screen.
    await page.evaluate((ll) => (globalThis as unknown as BrowserGlobals).__stadsveiligMap!.jumpTo({ center: ll, zoom: 16 }), [
      PROEF_12.lon,
      PROEF_12.lat,
    ] as [number, number]);
    await mapSettled(page);
    const tap = await mapPixel(page, [PROEF_12.lon, PROEF_12.lat]);
    assert.ok(tap.y > 0 && tap.y < PHONE.viewport.height, `the point is on screen: ${JSON.stringify(tap)}`);
    await page.touchscreen.tap(tap.x, tap.y);
    await status.filter({ hasText: `Bij Proefstraat 12, 3311 AB Dordrecht, buurt ${await buurtName(page, PROEF_12)}.` }).waitFor();

    // "Gebruik mijn locatie" places the pin at the phone's location.
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await page.getByTestId('locate-status').filter({ hasText: 'Uw locatie is gevonden: Toetsplein 7, 3312 CD Dordrecht.' }).waitFor();
    await status.filter({ hasText: `Bij Toetsplein 7, 3312 CD Dordrecht, buurt ${await buurtName(page, TOETS_7)}.` }).waitFor();
    await mapSettled(page);
    const located = await markerPoint(page);
    assert.ok(
      located && Math.abs(located[1]! - TOETS_7.lat) < 1e-5 && Math.abs(located[0]! - TOETS_7.lon) < 1e-5,
      `pin at location: ${located}`,
    );
    assert.ok((await overflow(page)) <= 0, 'the place step fits 375 px');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Step 2: a photo's thumbnail shows, can be removed and added again.
    await page.getByLabel('Wat is er aan de hand?').fill('Er staat al dagen een kapotte fiets tegen de lantaarnpaal op de stoep.');
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2e86c1' } })
      .png()
      .toBuffer();
    const file = { name: 'fiets.png', mimeType: 'image/png', buffer: photo };
    await page.setInputFiles('#report-photos', [file]);
    const thumb = page.getByRole('img', { name: 'Voorbeeld van fiets.png' });
    await thumb.waitFor();
    assert.ok(
      await thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth === 64),
      'the thumbnail shows the photo',
    );
    await page.getByRole('button', { name: 'Verwijder fiets.png' }).click();
    await thumb.waitFor({ state: 'detached' });
    await page.setInputFiles('#report-photos', [file]);
    await thumb.waitFor();
    await page.getByTestId('category-suggestion').waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Step 3: one e-mail field and the tick.
    await page.getByRole('heading', { level: 2, name: 'Stap 3 van 3: Contact en versturen' }).waitFor();
    assert.equal(await page.locator('input[type="email"]').count(), 1, 'one e-mail field');
    await page.getByLabel('E-mailadres', { exact: true }).fill(RESIDENT);
    await page.getByLabel('Houd mij per e-mail op de hoogte').check();
    await page.getByLabel(/Ik geef toestemming/).check();
    assert.match((await page.locator('.summary').textContent()) ?? '', /Toetsplein 7, 3312 CD Dordrecht/);
    const upload = page.waitForRequest((r) => /\/api\/v1\/public\/signals\/track\/[^/]+\/photos$/.test(r.url()) && r.method() === 'POST');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await upload;

    const number = (await page.getByTestId('signal-number').textContent({ timeout: 30_000 }))!;
    assert.match(number, /^M-\d{4}-\d{6}$/);
    assert.equal(
      await page.getByTestId('mail-promise').textContent(),
      `Wij sturen een bevestiging naar ${RESIDENT} en mailen u als de status van uw melding verandert.`,
    );
    assert.ok((await overflow(page)) <= 0, 'the confirmation fits 375 px');
    const mail = await smtp.waitFor((m) => m.to.includes(RESIDENT));
    assert.match(mail.subject, new RegExp(number));
    assert.deepEqual(errors, []);
    await context.close();

    // Staff see the e-mail address as the report's contact and the address found at the pin.
    const staff = await phone({ viewport: { width: 1280, height: 860 }, isMobile: false, hasTouch: false });
    const loggedIn = staff.page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await logInThroughForm(staff.page);
    assert.equal((await loggedIn).status(), 200);
    const contact = await staff.page.request.get(`/api/v1/signals/${number}/contact`);
    assert.equal(contact.status(), 200, await contact.text());
    assert.equal(((await contact.json()) as { email: string }).email, RESIDENT);
    const detail = (await (await staff.page.request.get(`/api/v1/signals/${number}`)).json()) as { addressText: string; photos: unknown[] };
    assert.equal(detail.addressText, 'Toetsplein 7, 3312 CD Dordrecht');
    assert.equal(detail.photos.length, 1);
    await staff.context.close();
  });

  it('"Gebruik mijn locatie" refused: a clear message, and the address search still works', async () => {
    const { context, page, errors } = await phone();
    await page.goto('/melden');
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await page.getByTestId('locate-status').filter({ hasText: 'U heeft geen toestemming gegeven om uw locatie te gebruiken.' }).waitFor();
    const search = page.getByRole('combobox', { name: 'Zoek een adres, straat, postcode of buurt' });
    await search.fill('3312 cd');
    await page.getByRole('option', { name: /Toetsplein 7, 3312 CD Dordrecht/ }).click();
    await page
      .getByTestId('place-status')
      .filter({ hasText: /^Bij Toetsplein 7, 3312 CD Dordrecht, buurt / })
      .waitFor();
    assert.deepEqual(
      errors.filter((e) => !/geolocation|permission/i.test(e)),
      [],
    );
    await context.close();
  });
});
