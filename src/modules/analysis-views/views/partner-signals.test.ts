/**
 * The analysis views with source=partner-signals: partners' early signals (vroegsignalen), raised
 * through POST /partner-signals, then dated by hand. They have a buurt (or only a wijk) and a time,
 * no point. Local times Europe/Amsterdam (CET until 2025-03-30, CEST after).
 * - BU05050101: 5 × overlast-jeugd Fri 2025-03-07 21:30Z (22:30 local) → Friday hour 22 gets 5;
 *               1 × woonoverlast Mon 2025-04-07 08:00Z (10:00 CEST) → Monday hour 10 gets 1.
 * - BU05050201: 2 × ondermijning-drugs Sat 2025-03-08 23:30Z = Sun 00:30 local → Sunday hour 0,
 *               month 2025-03 (months are UTC).
 * - WK050502 only: 1 × verward-gedrag 2025-03-10 → no buurt: in no view, meta.withoutBuurt 1.
 * - a resident's report (source web) dated 2025-03-07 in BU05050101: not a partner signal.
 * Buurt × month 2025-03..04: BU05050101 [5, 1], BU05050201 [2, 0]; 8 events.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

const SPRING = 'source=partner-signals&from=2025-03-01&to=2025-05-01';
const A = 'BU05050101';
const B = 'BU05050201';

describe('analysis views with source=partner-signals (early signals)', () => {
  let t: TestApp;
  let analyst: TestSession;
  let viewer: TestSession;
  let partner: TestSession;
  before(async () => {
    t = await createSignalsApp();
    analyst = await loginAs(t.app, t.database, 'analyst');
    viewer = await loginAs(t.app, t.database, 'viewer');
    partner = await loginAs(t.app, t.database, 'partner');
    const partnerId = randomUUID();
    await t.database.db
      .insertInto('partners')
      .values({ gemeente_code: t.config.municipality, id: partnerId, name: 'Politie', kind: 'other' })
      .execute();
    await t.database.db.insertInto('partner_members').values({ partner_id: partnerId, user_id: partner.userId }).execute();
    const raise = async (n: number, area: string, theme: string, at: string) => {
      for (let k = 0; k < n; k++) {
        const payload = { area, theme, urgency: 'normal', text: 'Een groep jongeren bij het winkelcentrum, elke avond.' };
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/partner-signals', headers: partner.headers, payload });
        assert.equal(res.statusCode, 201, res.body);
        await t.database.db
          .updateTable('signals')
          .set({ created_at: new Date(at) })
          .where('id', '=', res.json().id)
          .execute();
      }
    };
    await raise(5, A, 'overlast-jeugd', '2025-03-07T21:30:00Z');
    await raise(1, A, 'woonoverlast', '2025-04-07T08:00:00Z');
    await raise(2, B, 'ondermijning-drugs', '2025-03-08T23:30:00Z');
    await raise(1, 'WK050502', 'verward-gedrag', '2025-03-10T12:00:00Z');
    const resident = await report(t.app, {});
    assert.equal(resident.status, 201);
    await t.database.db
      .updateTable('signals')
      .set({ created_at: new Date('2025-03-07T21:30:00Z') })
      .where('id', '=', resident.body.id)
      .execute();
  });
  after(async () => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: the reply of any analysis view, read field by field
  const get = async (url: string, who: TestSession): Promise<{ status: number; body: any }> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/analysis/${url}`, headers: { cookie: who.cookie } });
    return { status: res.statusCode, body: res.json() };
  };
  const rowsOf = (body: { rows: Array<{ areaCode: string; counts: unknown[]; total: unknown }> }) =>
    Object.fromEntries(body.rows.map((r) => [r.areaCode, [r.counts, r.total]]));

  it('counts per buurt × month: early signals only, a wijk-only signal left out and counted in withoutBuurt', async () => {
    const a = await get(`counts?${SPRING}`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual(a.body.months, ['2025-03', '2025-04']);
    assert.deepEqual(rowsOf(a.body), { [A]: [[5, 1], 6], [B]: [[2, 0], 2] });
    assert.deepEqual([a.body.meta.source, a.body.meta.events, a.body.meta.withoutBuurt], ['partner-signals', 8, 1]);
    const drugs = await get(`counts?${SPRING}&categories=vroegsignaal-ondermijning-drugs`, analyst);
    assert.deepEqual(rowsOf(drugs.body), { [B]: [[2, 0], 2] });
    const wijk = await get(`counts?${SPRING}&area=WK050501`, analyst);
    assert.deepEqual(rowsOf(wijk.body), { [A]: [[5, 1], 6] });
  });

  it('hot times in local hours; small counts suppressed for a viewer', async () => {
    const a = await get(`hottimes?${SPRING}`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const m = a.body.matrix;
    assert.deepEqual([m[4][22], m[0][10], m[6][0]], [5, 1, 2]);
    assert.equal(
      m.flat().reduce((s: number, x: number) => s + x, 0),
      8,
    );
    assert.deepEqual(a.body.byWeekday, [1, 0, 0, 0, 5, 0, 2]);
    const v = await get(`hottimes?${SPRING}`, viewer);
    assert.deepEqual([v.body.matrix[4][22], v.body.matrix[0][10], v.body.byWeekday], [5, null, [null, 0, 0, 0, 5, 0, null]]);
  });

  it('hotcrimes: counts per theme (category)', async () => {
    const a = await get(`hotcrimes?${SPRING}`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const level = Object.fromEntries(a.body.byLevel.map((r: { type: string; current: number }) => [r.type, r.current]));
    assert.deepEqual(level, { 'vroegsignaal-overlast-jeugd': 5, 'vroegsignaal-ondermijning-drugs': 2, 'vroegsignaal-woonoverlast': 1 });
  });

  it('trends: the weekly series of a buurt per theme', async () => {
    const a = await get(`trends?${SPRING}&area=${A}&baselineYears=1`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const sum = (type: string) =>
      a.body.series
        .filter((s: { crimeType: string }) => s.crimeType === type)
        .flatMap((s: { weeks: Array<{ count: number }> }) => s.weeks)
        .reduce((n: number, w: { count: number }) => n + w.count, 0);
    assert.deepEqual([sum('vroegsignaal-overlast-jeugd'), sum('vroegsignaal-woonoverlast')], [5, 1]);
  });

  it('point views refuse the source with a 400 naming query.source; crime types do not apply', async () => {
    for (const view of ['hotspots', 'kde', 'near-repeat', 'counts?unit=grid&', 'concentration']) {
      const url = view.includes('?') ? `${view}${SPRING}` : `${view}?${SPRING}`;
      const r = await get(url, analyst);
      assert.equal(r.status, 400, `${view}: ${JSON.stringify(r.body)}`);
      assert.deepEqual(
        r.body.errors.map((e: { name: string }) => e.name),
        ['query.source'],
        view,
      );
    }
    const types = await get(`hottimes?${SPRING}&crimeTypes=1.1.1`, analyst);
    assert.deepEqual([types.status, types.body.errors.map((e: { name: string }) => e.name)], [400, ['query.crimeTypes']]);
  });

  it('staff only: a partner account may not read the analysis', async () => {
    assert.equal((await get(`counts?${SPRING}`, partner)).status, 403);
  });
});
