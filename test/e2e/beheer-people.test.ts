/**
 * Browser test of the people sections of Beheer against the real server in Chromium: an admin
 * invites an account by e-mail link (the server mails through a local SMTP capture); the invitee
 * opens the link from the mail, chooses a password and lands in the app. An admin finds
 * the departments seeded at first start (the names report routing uses), adds a team, adds a member
 * (who then shows the team in Beheer → Gebruikers), renames and deactivates it; an admin adds a
 * partner organisation, invites an account for it (role partner, one-time password), removes it again.
 * Run: node --import tsx --test test/e2e/beheer-people.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.ts';

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;

before(async () => {
  smtp = await startSmtpCapture();
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_SMTP_URL: smtp.url }, publicUrl: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

const status = (page: Page) => page.locator('.beheer-status');

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('Beheer → Gebruikers, Afdelingen en teams, Partners in Chromium', { timeout: 300_000 }, () => {
  it('an admin invites by e-mail link; the invitee opens it from the mail, sets a password and lands in the app', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByLabel('E-mailadres').fill('fatima@voorbeeld.test');
    await page.getByLabel('Naam', { exact: true }).fill('Fatima');
    await page.getByLabel('Rol', { exact: true }).selectOption('analyst');
    await page.getByRole('radio', { name: /Uitnodiging per e-mail/ }).check();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await status(page).getByText('Uitnodiging gemaild naar Fatima.').waitFor();
    assert.equal(await page.getByTestId('invitation-link').count(), 0, 'with a mail server the link goes only by mail');
    const row = page.locator('tr[data-user="fatima@voorbeeld.test"]');
    await row.getByText(/^uitgenodigd, link geldig tot /).waitFor();

    const mail = await smtp.waitFor((m) => m.to.includes('fatima@voorbeeld.test') && m.subject === 'Uitnodiging voor Stadsveilig');
    const link = /http:\/\/127\.0\.0\.1:\d+\/uitnodiging#[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);
    const invitee = await newTestContext(browser, server.baseUrl);
    const page2 = await invitee.newPage();
    const errors2 = watchErrors(page2);
    await page2.goto(link);
    await page2.getByRole('heading', { level: 1, name: 'Welkom: kies uw wachtwoord' }).waitFor();
    assert.equal(new URL(page2.url()).hash, '', 'the token leaves the address bar');
    await page2.getByLabel('Nieuw wachtwoord').fill('Mijn-Eigen-Wachtwoord-2026');
    await page2.getByLabel('Herhaal het wachtwoord').fill('Mijn-Eigen-Wachtwoord-2026');
    await page2.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await page2.getByRole('heading', { level: 1, name: /^Kaart van/ }).waitFor();
    assert.equal(new URL(page2.url()).pathname, '/');
    await page2.getByText('Fatima').first().waitFor();
    assert.deepEqual(errors2, []);
    // The link works once (another browser tries it again).
    const other = await newTestContext(browser, server.baseUrl);
    const page3 = await other.newPage();
    const errors3 = watchErrors(page3);
    await page3.goto(link);
    await page3.getByLabel('Nieuw wachtwoord').fill('Nog-Een-Wachtwoord-2026');
    await page3.getByLabel('Herhaal het wachtwoord').fill('Nog-Een-Wachtwoord-2026');
    await page3.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await page3
      .getByRole('alert')
      .getByText(/werkt niet \(meer\)/)
      .waitFor();
    assert.deepEqual(
      errors3.map((e) => e.replace(/status of (\d+).*/, 'status of $1')),
      ['console: Failed to load resource: the server responded with a status of 404'],
    );
    await other.close();

    await page.reload();
    await row.waitFor();
    assert.equal(await row.getByText(/uitgenodigd/).count(), 0, 'an accepted invitation is no longer shown');
    assert.deepEqual(errors, []);
    await invitee.close();
    await context.close();
  });

  it('an admin creates a team, adds a member, renames and deactivates it', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await openSection(page, 'Afdelingen en teams');
    assert.equal(new URL(page.url()).pathname, '/beheer/afdelingen');
    const cards = page.locator('.department-card');
    await cards.first().waitFor();
    assert.ok((await cards.count()) >= 1, 'the departments report routing uses are there from the first start');

    const form = page.getByRole('form', { name: 'Afdeling of team toevoegen' });
    await form.getByLabel('Naam', { exact: true }).fill('Team Ondermijning');
    await form.getByLabel('Soort').selectOption('team');
    await form.getByLabel('Gedeelde mailbox').fill('ondermijning@voorbeeld.test');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await status(page).getByText('Team Ondermijning is toegevoegd.').waitFor();
    const card = page.locator('.department-card[data-department="Team Ondermijning"]');
    await card.getByText('Gedeelde mailbox: ondermijning@voorbeeld.test').waitFor();
    await card.getByText('Nog geen leden.').waitFor();
    // The same name again, in other letters, is refused.
    await form.getByLabel('Naam', { exact: true }).fill('team ondermijning');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await form
      .getByRole('alert')
      .getByText(/al een afdeling of team/)
      .waitFor();

    await card.getByLabel('Lid toevoegen').selectOption({ label: 'Beheerder' });
    await card.getByRole('button', { name: 'Toevoegen' }).click();
    await status(page).getByText('Beheerder is toegevoegd aan Team Ondermijning.').waitFor();
    await card.getByRole('heading', { level: 4, name: '1 lid' }).waitFor();
    await screenshot(page, 'beheer-afdelingen', { fullPage: true });

    await openSection(page, 'Gebruikers');
    const admin = page.locator('tr[data-user="admin@example.test"]');
    await admin.getByText('Team Ondermijning').waitFor();

    await openSection(page, 'Afdelingen en teams');
    await card.getByLabel('Nieuwe naam').fill('Team Ondermijning Zuid');
    await card.getByRole('button', { name: 'Naam wijzigen' }).click();
    await status(page).getByText('De naam is nu Team Ondermijning Zuid.').waitFor();
    const renamed = page.locator('.department-card[data-department="Team Ondermijning Zuid"]');
    await renamed.getByRole('button', { name: 'Deactiveren' }).click();
    await status(page).getByText('Team Ondermijning Zuid is gedeactiveerd.').waitFor();
    await renamed.getByRole('button', { name: 'Weer activeren' }).waitFor();
    await renamed.getByRole('button', { name: 'Beheerder uit Team Ondermijning Zuid verwijderen' }).click();
    await status(page).getByText('Beheerder is uit Team Ondermijning Zuid gehaald.').waitFor();
    await renamed.getByText('Nog geen leden.').waitFor();
    // The English texts.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Departments and teams' }).waitFor();
    // The one refused duplicate name is the only failed request.
    assert.deepEqual(
      errors.map((e) => e.replace(/status of (\d+).*/, 'status of $1')),
      ['console: Failed to load resource: the server responded with a status of 409'],
    );
    await context.close();
  });

  it('an admin adds a partner organisation and invites an account for it', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await openSection(page, 'Partners');
    assert.equal(new URL(page.url()).pathname, '/beheer/partners');
    const form = page.getByRole('form', { name: 'Partner toevoegen' });
    await form.getByLabel('Naam van de organisatie').fill('Woonbron Dordrecht');
    await form.getByLabel('Soort').selectOption('housing-corporation');
    await form.getByLabel('Contactrol').fill('wijkconsulent');
    await form.getByLabel('Gebieden').fill('WK050503, wk050504');
    await form.getByRole('button', { name: 'Partner toevoegen' }).click();
    await status(page).getByText('Woonbron Dordrecht is toegevoegd.').waitFor();
    const card = page.locator('.department-card[data-partner="Woonbron Dordrecht"]');
    await card.getByText('Gebieden: WK050503, WK050504 · contact: wijkconsulent').waitFor();
    await card.getByText('Nog geen accounts.').waitFor();

    const invite = card.getByRole('form', { name: 'Account uitnodigen voor Woonbron Dordrecht' });
    await invite.getByLabel('E-mailadres van het nieuwe account').fill('meldpunt@woonbron.test');
    await invite.getByLabel('Naam (optioneel)').fill('Woonbron meldpunt');
    await invite.getByRole('radio', { name: /^Eenmalig wachtwoord/ }).check();
    await invite.getByRole('button', { name: 'Account uitnodigen' }).click();
    await status(page).getByText('Account voor Woonbron meldpunt aangemaakt bij Woonbron Dordrecht.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Eenmalig wachtwoord voor Woonbron meldpunt' }).waitFor();
    const password = (await page.getByTestId('one-time-password').textContent()) ?? '';
    assert.ok(password.length >= 12);
    await card.locator('.department-members').getByText('Woonbron meldpunt').waitFor();
    await screenshot(page, 'beheer-partners', { fullPage: true });

    // The account is a partner account, acting for the organisation.
    const partner = await newTestContext(browser, server.baseUrl);
    const login = await partner.request.post('/api/v1/session', { data: { email: 'meldpunt@woonbron.test', password } });
    assert.equal(login.status(), 200);
    assert.equal((await login.json()).user.role, 'partner');

    await card.getByRole('button', { name: 'Woonbron meldpunt weghalen bij Woonbron Dordrecht' }).click();
    await status(page)
      .getByText(/^Woonbron meldpunt handelt niet meer namens Woonbron Dordrecht/)
      .waitFor();
    await card.getByText('Nog geen accounts.').waitFor();
    await card.getByText('Gegevens wijzigen').click();
    const edit = card.getByRole('form', { name: 'Gegevens van Woonbron Dordrecht wijzigen' });
    await edit.getByLabel('Gebieden').fill('WK050503');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await status(page).getByText('De gegevens van Woonbron Dordrecht zijn opgeslagen.').waitFor();
    await card.getByText('Gebieden: WK050503 · contact: wijkconsulent').waitFor();
    await card.getByRole('button', { name: 'Deactiveren' }).click();
    await status(page).getByText('Woonbron Dordrecht is gedeactiveerd.').waitFor();
    assert.deepEqual(errors, []);
    await partner.close();
    await context.close();
  });
});
