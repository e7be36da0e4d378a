/**
 * Enforcement registrations in the API: the analysis views with source=enforcement (hand-counted
 * hot times, buurt and grid counts, suppression for a viewer), the feit codes, and the compliance
 * section of an area's network (last 12 months against the 12 before, small numbers suppressed).
 * Local times are Europe/Amsterdam (CET = UTC+1 in early March 2025).
 * - A: 6 × APV 2:48 warning Mon 2025-03-03 08:15Z (09:15) → hour-of-week 9; 2 × R397 fine Tue
 *   2025-03-04 20:40Z (21:40) → hour 45;
 * - B: 3 × APV 2:48 fine Sat 2025-03-08 22:30Z (23:30) → hour 143.
 * - compliance (C, another wijk, so the fixed dates above stay out of it): 6 warnings and 3 fines
 *   30 days ago, 2 fines 400 days ago.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../test/fixtures/analysis-views/api.ts';
import { places, SEED_DIR, type Place } from '../../../test/fixtures/analysis-views/seed.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import type { Database } from '../../db/database.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { importEnforcement } from './import-service.ts';

const GM = 'GM0505';
const MARCH = 'source=enforcement&from=2025-03-01&to=2025-04-01';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

interface Design {
  a: Place;
  b: Place;
  c: Place;
}

async function seedEnforcement(database: Database): Promise<Design> {
  const ctx = systemContext(database.db, 'test');
  await seedAreasIfEmpty(ctx, SEED_DIR);
  const [a, b, c] = (await places(database, 3)) as [Place, Place, Place];
  const lines = ['tijdstip;feitcode;omschrijving;soort;x;y'];
  const add = (n: number, at: string, code: string, kind: string, p: Place) => {
    for (let k = 0; k < n; k++) lines.push(`${at};${code};;${kind};${p.x};${p.y}`);
  };
  add(6, '2025-03-03T08:15:00Z', 'APV 2:48', 'waarschuwing', a);
  add(2, '2025-03-04T20:40:00Z', 'R397', 'bekeuring', a);
  add(3, '2025-03-08T22:30:00Z', 'APV 2:48', 'bekeuring', b);
  add(6, `${daysAgo(30)}T12:00:00Z`, 'APV 2:73', 'waarschuwing', c);
  add(2, `${daysAgo(400)}T12:00:00Z`, 'APV 2:73', 'bekeuring', c);
  add(3, `${daysAgo(30)}T12:00:00Z`, 'APV 2:73', 'bekeuring', c);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-enforcement-api-'));
  const file = path.join(dir, 'boa.csv');
  fs.writeFileSync(file, lines.join('\n'));
  const s = await importEnforcement(ctx, GM, { file });
  assert.equal(s.imported, 22);
  fs.rmSync(dir, { recursive: true, force: true });
  return { a, b, c };
}

describe('enforcement registrations in the API', () => {
  let api: AnalysisViewsApi<Design>;
  let design: Design;
  let analyst: TestSession;
  let viewer: TestSession;
  let get: AnalysisViewsApi['get'];
  before(async () => {
    api = await analysisViewsApi(seedEnforcement);
    ({ design, analyst, viewer, get } = api);
  });
  after(async () => api.t.close());

  type Row = { areaCode: string; total: number | null };
  const totals = (body: { rows: Row[] }) => Object.fromEntries(body.rows.map((r) => [r.areaCode, r.total]));

  it('hottimes: each registration in its local hour; counts per buurt and 100 m cell; feit codes filter', async () => {
    const h = await get(`hottimes?${MARCH}`, analyst);
    assert.equal(h.status, 200, JSON.stringify(h.body));
    const m = h.body.matrix;
    assert.deepEqual([m[0][9], m[1][21], m[5][23]], [6, 2, 3]);
    assert.equal(
      m.flat().reduce((s: number, x: number) => s + x, 0),
      11,
    );
    assert.deepEqual([h.body.meta.source, h.body.meta.events], ['enforcement', 11]);
    const c = await get(`counts?${MARCH}`, analyst);
    assert.deepEqual(totals(c.body), { [design.a.buurt]: 8, [design.b.buurt]: 3 });
    const grid = await get(`counts?${MARCH}&unit=grid`, analyst);
    const cells = Object.fromEntries(grid.body.cells.map((x: { id: string; count: number }) => [x.id, x.count]));
    assert.deepEqual(cells, { [design.a.corner.join('_')]: 8, [design.b.corner.join('_')]: 3 });
    const alcohol = await get(`counts?${MARCH}&categories=${encodeURIComponent('APV 2:48')}`, analyst);
    assert.deepEqual(totals(alcohol.body), { [design.a.buurt]: 6, [design.b.buurt]: 3 });
    const fines = await get(`counts?${MARCH}&categories=fine`, analyst);
    assert.deepEqual(totals(fines.body), { [design.a.buurt]: 2, [design.b.buurt]: 3 });
  });

  it('hotspots find the points; a viewer sees small counts suppressed', async () => {
    const hs = await get(`hotspots?${MARCH}`, analyst);
    assert.equal(hs.status, 200, JSON.stringify(hs.body));
    assert.equal(hs.body.meta.events, 11);
    const v = await get(`counts?${MARCH}`, viewer);
    assert.deepEqual(totals(v.body), { [design.a.buurt]: 8, [design.b.buurt]: null });
  });

  it('lists the feit codes for analysts; a partner may not', async () => {
    const res = await api.t.app.inject({ method: 'GET', url: '/api/v1/enforcement/codes', headers: { cookie: analyst.cookie } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().codes.map((c: { code: string }) => c.code),
      ['APV 2:48', 'APV 2:73', 'R397'],
    );
    const partner = await loginAs(api.t.app, api.t.database, 'partner');
    const refused = await api.t.app.inject({ method: 'GET', url: '/api/v1/enforcement/codes', headers: { cookie: partner.cookie } });
    assert.equal(refused.statusCode, 403);
  });

  it('compliance section: last 12 months against the 12 before per kind, small numbers null; not for a role without analysis:read or powers:read', async () => {
    const network = async (code: string, who: TestSession) =>
      (await api.t.app.inject({ method: 'GET', url: `/api/v1/areas/${code}/network`, headers: { cookie: who.cookie } })).json();
    const coordinator = await loginAs(api.t.app, api.t.database, 'coordinator');
    const figures = (item: { figures: { value: number | null }[] }) => item.figures.map((f) => f.value);
    type Item = { areaCodes: string[]; figures: { label: string; value: number | null }[] };
    const of = (items: Item[], code: string) => items.find((i) => i.areaCodes[0] === code)!;
    const c: Item[] = (await network(design.c.buurt, coordinator)).sections.compliance;
    assert.deepEqual(
      c.map((i) => i.areaCodes[0]),
      [GM, design.c.wijk, design.c.buurt],
      'the buurt, its wijk and the gemeente',
    );
    // warnings now/before, fines now/before, reports now/before (minCellCount 5: 3 and 2 are suppressed)
    assert.deepEqual(figures(of(c, design.c.buurt)), [6, 0, null, null, 0, 0]);
    const wijk: Item[] = (await network(design.c.wijk, coordinator)).sections.compliance;
    assert.deepEqual(
      wijk.map((i) => i.areaCodes[0]),
      [GM, design.c.wijk, design.c.buurt],
    );
    assert.deepEqual(figures(of(wijk, design.c.wijk)), [6, 0, null, null, 0, 0]);
    const summary = (
      await api.t.app.inject({ method: 'GET', url: '/api/v1/areas/network-summary', headers: { cookie: coordinator.cookie } })
    ).json();
    const counted = summary.wijken.find((w: { code: string }) => w.code === design.c.wijk).counts.compliance;
    assert.equal(counted, wijk.length, 'the overview counts the rows of the wijk page');
    const privacy = await loginAs(api.t.app, api.t.database, 'privacy');
    const hidden = await network(design.c.buurt, privacy);
    assert.ok(hidden.sections, JSON.stringify(hidden));
    assert.equal(hidden.sections.compliance, undefined, 'neither analysis:read nor powers:read');
  });

  it('compliance section: no hidden figure follows from a shown total minus its shown parts (complementary suppression)', async () => {
    // 3 warnings 400 days ago in a fourth wijk D: alone hidden (< 5), while A's wijk shows its 6 and the gemeente 9.
    const d = (await places(api.t.database, 4))[3]!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-enforcement-tree-'));
    const file = path.join(dir, 'd.csv');
    const lines = ['tijdstip;feitcode;omschrijving;soort;x;y'];
    for (let k = 0; k < 3; k++) lines.push(`${daysAgo(400)}T12:00:00Z;APV 2:48;;waarschuwing;${d.x};${d.y}`);
    fs.writeFileSync(file, lines.join('\n'));
    assert.equal((await importEnforcement(systemContext(api.t.database.db, 'test'), GM, { file })).imported, 3);
    fs.rmSync(dir, { recursive: true, force: true });
    const coordinator = await loginAs(api.t.app, api.t.database, 'coordinator');
    type Item = { areaCodes: string[]; figures: { value: number | null }[] };
    const city: Item[] = (
      await api.t.app.inject({ method: 'GET', url: `/api/v1/areas/${GM}/network`, headers: { cookie: coordinator.cookie } })
    ).json().sections.compliance;
    const at = (code: string) => city.find((i) => i.areaCodes[0] === code)!;
    const WARNINGS_BEFORE = 1;
    assert.equal(at(GM).figures[WARNINGS_BEFORE]!.value, 9, 'the gemeente: 6 in A’s wijk and 3 in D’s');
    assert.equal(at(d.wijk).figures[WARNINGS_BEFORE]!.value, null, '3 is a small number');
    assert.equal(at(design.a.wijk).figures[WARNINGS_BEFORE]!.value, null, 'else 9 − 6 would give D’s 3 back');
    const wijken = city.filter((i) => i.areaCodes[0]!.startsWith('WK'));
    for (let f = 0; f < 6; f++) {
      if (at(GM).figures[f]!.value === null) continue;
      const hidden = wijken.filter((w) => w.figures[f]!.value === null);
      assert.notEqual(hidden.length, 1, `figure ${f}: the gemeente minus the shown wijken would give the hidden one`);
    }
  });
});
