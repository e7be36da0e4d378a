import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { seedIncidentsIfEmpty } from '../../incidents/seed.ts';
import { importSurvey } from '../survey/survey-import.ts';

const SEED = path.join(projectRoot, 'data', 'gm0505');
const SURVEY = path.join(projectRoot, 'test', 'fixtures', 'perception', 'synthetic-survey-2023.csv');
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('wijkgesprek report and public page', () => {
  let t: TestApp;
  let staff: TestSession;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const ctx = systemContext(database.db, 'test');
        await seedAreasIfEmpty(ctx, SEED);
        await seedIncidentsIfEmpty(ctx, SEED);
        await importSurvey(ctx, { file: SURVEY, municipality: 'GM0505' });
      },
    });
    staff = await loginAs(t.app, t.database, 'analyst');
  });
  after(async () => t.close());

  it('renders the HTML report in plain Dutch with the honest gaps', async () => {
    assert.equal((await t.app.inject({ url: '/api/v1/areas/WK050501/report.html?year=2023' })).statusCode, 401);
    const res = await t.app.inject({ url: '/api/v1/areas/WK050501/report.html?year=2023', headers: staff.headers });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    for (const text of [
      'Veiligheid in Wijk 01 Binnenstad — 2023',
      'Vier indexen naast elkaar',
      '<svg',
      'Netwerk in de wijk',
      'Geen lopende opgaven in dit gebied.',
      'Drukke momenten',
      'Geen meldingen in 2023',
    ])
      assert.ok(res.body.includes(text), text);
    assert.equal((await t.app.inject({ url: '/api/v1/areas/BU05050101/report.html?year=2023', headers: staff.headers })).statusCode, 400);
  });

  it('renders the PDF with Chromium; checked as image and text', {
    skip: !fs.existsSync(process.env.STADSVEILIG_CHROMIUM_PATH ?? '/usr/bin/chromium') || !hasPoppler,
  }, async () => {
    const res = await t.app.inject({ url: '/api/v1/areas/WK050501/report.pdf?year=2023', headers: staff.headers });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    assert.equal(res.headers['content-type'], 'application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-report-'));
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(pdf, res.rawPayload);
    const info = execFileSync('pdfinfo', [pdf]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    assert.ok(pages >= 1 && pages <= 4, `pages ${pages}`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    assert.match(text, /Veiligheid in Wijk 01 Binnenstad/);
    assert.match(text, /Onveiligheidsgevoel/);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith('.png'))!;
    const stats = await sharp(path.join(dir, png)).stats();
    // A blank page has no spread; the report has text, table colours and a map.
    assert.ok(stats.channels[0]!.stdev > 10, `stdev ${stats.channels[0]!.stdev}`);
    assert.ok(!stats.isOpaque || stats.channels[0]!.mean < 250, 'page is not all white');
  });

  it('answers 503 problem+json when Chromium is missing', async () => {
    const t2 = await createTestApp({
      config: { chromiumPath: '/nonexistent/chromium' },
      prepare: async (db) => void (await seedAreasIfEmpty(systemContext(db.db, 'test'), SEED)),
    });
    try {
      const s = await loginAs(t2.app, t2.database, 'analyst');
      const res = await t2.app.inject({ url: '/api/v1/areas/WK050501/report.pdf?year=2023', headers: s.headers });
      assert.equal(res.statusCode, 503);
      assert.equal(res.json().type, 'https://stadsveilig.nl/problems/pdf-unavailable');
    } finally {
      await t2.close();
    }
  });

  it('public page: aggregated figures, approved stories only, questionnaire link', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/pulse/BU05050101',
      payload: { safeDay: 6, safeNight: 3, story: 'Dit verhaal is nog niet gemodereerd en mag niet zichtbaar zijn.' },
    });
    const res = await t.app.inject({ url: `/api/v1/public/areas/BU05050101/safety?year=${new Date().getUTCFullYear()}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual(body.stories, []);
    assert.ok(!res.body.includes('niet gemodereerd'));
    assert.equal(body.pulse.n, 1);
    assert.equal(body.pulse.suppressed, true);
    assert.match(body.questionnaireUrl, /\/buurtpeiling\/BU05050101$/);
    const wijk = (await t.app.inject({ url: '/api/v1/public/areas/WK050501/safety?year=2023' })).json();
    assert.equal(wijk.indices.perceived.index, 150);
    assert.equal(wijk.questionnaireUrl, null);
  });

  it('shows the network of the wijk: missions in the report for staff, only public summaries on the public page', async () => {
    const coordinator = await loginAs(t.app, t.database, 'coordinator');
    const send = (method: 'POST' | 'PUT', url: string, payload: unknown) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: coordinator.headers, payload: payload as object });
    const created = await send('POST', '/missions', {
      title: 'Intern: drugsrunners Nieuwe Haven',
      scope: { kind: 'buurten', year: 2024, codes: ['BU05050100'] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const report = await t.app.inject({ url: '/api/v1/areas/WK050501/report.html?year=2023', headers: staff.headers });
    assert.match(report.body, /<h2>Netwerk in de wijk<\/h2>/);
    assert.match(report.body, /<h3>Opgaven<\/h3><ul><li><b>Intern: drugsrunners Nieuwe Haven<\/b> \(opgave\) — OPG-/);
    const publicNetwork = async () =>
      (await t.app.inject({ url: '/api/v1/public/areas/WK050501/safety?year=2023', headers: coordinator.headers })).json().network;
    assert.deepEqual(
      await publicNetwork(),
      { sections: { missions: [], initiatives: [] }, unavailable: [] },
      'not published: not shown, even to staff on the public page; the public sees no partners, agreements, youth groups or target groups',
    );
    await send('PUT', `/missions/${id}/public-summary`, {
      title: 'Veilige Nieuwe Haven',
      summary: 'Samen met bewoners aan de slag tegen overlast.',
    });
    assert.equal((await send('POST', `/missions/${id}/public-summary/approval`, { approve: true })).statusCode, 204);
    const shown = await publicNetwork();
    assert.deepEqual(
      shown.sections.missions.map((m: { title: string; detail: string; kind: string }) => [m.title, m.detail, m.kind]),
      [['Veilige Nieuwe Haven', 'Samen met bewoners aan de slag tegen overlast.', 'public-mission']],
    );
    assert.ok(!JSON.stringify(shown).includes('drugsrunners'), 'no internal title on the public page');
  });
});
