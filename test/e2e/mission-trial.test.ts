/**
 * Browser test of a compliance trial (step 12, principle 8) on a behavioural measure: a coordinator
 * (made through the admin API, with the mission and its behavioural measure) sets up a randomised
 * trial over eight named units (containers) with a manual indicator, randomises it with seed
 * 1234567 (the allocation and the seed show), pre-registers it (locked: no more design form),
 * enters the values per unit and period and reads the analysis: the hand-computed difference −3
 * with its Welch interval, the exact p-value 4/70 = 0,057 and the method text naming the seed. The
 * same page fits a 375 px phone. Demo content off; no incidents needed (manual values).
 * Run: node scripts/run-tests.mjs test/e2e/mission-trial.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const COORDINATOR = { email: 'coordinator@example.test', password: 'coord-Correct-Horse-42' };
const UNITS = Array.from({ length: 8 }, (_, i) => ({ code: `BAK-${i + 1}`, label: `Container ${i + 1}` }));

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a compliance trial in Chromium: design → randomise → register → values → analysis', { timeout: 240_000 }, () => {
  it('a coordinator runs a randomised trial of a behavioural measure and reads its analysis', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'coordinator', COORDINATOR.email, COORDINATOR.password, 'Cor Coördinator');
    const session = await context.request.post('/api/v1/session', { data: COORDINATOR });
    const csrf = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
    const mission = await context.request.post('/api/v1/missions', {
      data: { title: 'Afval naast containers', scope: { kind: 'buurten', year: 2024, codes: ['BU05050102'] } },
      headers: csrf,
    });
    assert.equal(mission.status(), 201, await mission.text());
    const missionId = ((await mission.json()) as { id: string }).id;
    const measure = await context.request.post(`/api/v1/missions/${missionId}/measures`, {
      data: {
        title: 'Normsticker op containers',
        type: 'behavioural',
        design: { easy: 'Sticker op de bak', attractive: 'Compliment', social: '9 op 10 buren doen het', timely: 'Op de ophaaldag' },
        hypothesis: 'Als de buurtnorm zichtbaar is, plaatsen minder mensen afval bij de container.',
      },
      headers: csrf,
    });
    assert.equal(measure.status(), 201, await measure.text());
    await context.request.delete('/api/v1/session', { headers: csrf });

    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORDINATOR.email, COORDINATOR.password);
    await page.goto(`/opgaven/${missionId}`);
    await page.getByRole('tab', { name: /^Maatregelen/ }).click();
    const trial = page.getByRole('region', { name: 'Proef (trial)' });
    await trial.getByRole('button', { name: 'Opzetten als proef' }).click();
    await trial.getByLabel('Soort eenheden').selectOption('named');
    await trial.getByLabel('Eenheden', { exact: true }).fill(UNITS.map((u) => `${u.code};${u.label}`).join('\n'));
    assert.match(await trial.getByLabel('Hypothese (vooraf)').inputValue(), /buurtnorm/);
    await trial.getByLabel('Naam van de waarde').fill('Bijplaatsingen bij de schouw');
    await trial.getByLabel('Eenheid', { exact: true }).fill('aantal');
    await trial.getByLabel('Nulmeting vanaf').fill('2025-01-01');
    await trial.getByLabel('Nulmeting tot').fill('2025-03-01');
    await trial.getByLabel('Proef vanaf').fill('2025-03-01');
    await trial.getByLabel('Proef tot').fill('2025-05-01');
    await trial.getByRole('button', { name: 'Ontwerp opslaan' }).click();

    await trial.getByTestId('trial-registered').getByText('Nog niet geregistreerd').waitFor();
    await trial.getByLabel('Zaad (seed)').fill('1234567');
    await trial.getByRole('button', { name: 'Loten' }).click();
    await trial.getByTestId('trial-seed').getByText('1234567').waitFor();
    const rows = trial.getByTestId('trial-allocation').locator('tbody tr');
    assert.equal(await rows.count(), 8);
    const arms = new Map<string, string>();
    for (let i = 0; i < 8; i++)
      arms.set((await rows.nth(i).locator('th').innerText()).trim(), (await rows.nth(i).locator('td').innerText()).trim());
    assert.equal([...arms.values()].filter((a) => a === 'Maatregel').length, 4);

    await trial.getByRole('button', { name: 'Vooraf registreren' }).click();
    await trial
      .getByTestId('trial-registered')
      .getByText(/Vooraf geregistreerd op/)
      .waitFor();
    assert.equal(await trial.getByRole('button', { name: 'Ontwerp wijzigen' }).count(), 0, 'locked after registration');
    assert.equal(await trial.getByRole('button', { name: 'Loten' }).count(), 0);

    const treated = UNITS.filter((u) => arms.get(u.label) === 'Maatregel');
    const control = UNITS.filter((u) => arms.get(u.label) === 'Controle');
    const change = new Map([
      ...treated.map((u, i) => [u.label, [-3, -2, -4, -1][i]!] as const),
      ...control.map((u, i) => [u.label, [0, 1, -1, 2][i]!] as const),
    ]);
    for (const [label, d] of change) {
      await trial.getByLabel(`${label} — Nulmeting`).fill('10');
      await trial.getByLabel(`${label} — Proef`, { exact: true }).fill(String(10 + d));
    }
    await trial.getByRole('button', { name: 'Waarden opslaan' }).click();
    await trial.getByRole('status').getByText('Opgeslagen.').waitFor();

    await trial.getByRole('button', { name: 'Analyse tonen' }).click();
    await trial.getByTestId('trial-estimate').waitFor();
    assert.match(await trial.getByTestId('trial-estimate').innerText(), /^-3 .*in de verwachte richting/);
    // −3 ± t(0.975; 6) · √(5/6) = −3 ± 2.2337
    assert.equal(await trial.getByTestId('trial-ci').innerText(), '-5,23 … -0,77');
    assert.equal(await trial.getByTestId('trial-p').innerText(), '0,057 (exact, 70 lotingen)');
    assert.match(await trial.getByTestId('trial-method').innerText(), /zaad \(seed\) 1234567/);

    await page.setViewportSize({ width: 375, height: 812 });
    const overflow = await page.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than a 375px phone`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
