/**
 * Target groups over the API, on a small fixture with hand-computed counts (threshold 5):
 * the first wijk with three or more buurten, B1, B2 and B3 its first three buurten by code.
 *  - reports 'verward-gedrag': 2025 (the period): B1 7, B2 2 → wijk 9; 2024 (before): B1 3, B2 3 → 6;
 *    plus one report in 'afval-dumping' (not counted) and one merged duplicate (not counted);
 *  - registered crime: 2025: B1 5 × 1.4.5 and B3 6 × 1.4.4 (relational violence), B1 1 × 1.1.1 (not counted).
 * Suppression: B2 (2) is small; B1 (7) is hidden with it so "wijk 9 − shown buurten" reveals nothing.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { GM, SEED_DIR } from '../../../test/fixtures/missions/seed.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { areaHierarchy, seedAreasIfEmpty, vintageYears } from '../areas/index.ts';
import { seedIncidentsIfEmpty } from '../incidents/index.ts';
import { seedSignalDefaultsIfEmpty } from '../signals/index.ts';
import { ensureDefaultTargetGroups } from './index.ts';
import { targetGroupsSection } from './section.ts';

interface FigureJson {
  current: { value: number | null; suppressed: boolean };
  previous: { value: number | null; suppressed: boolean };
  per1000: number | null;
  trend: string | null;
}
type RowJson = { code: string; reports: FigureJson | null; crimes: FigureJson | null };

interface Fixture {
  wijk: string;
  b: [string, string, string];
  population: number | null;
}

const POINT = { x: 105000, y: 425000, lat: 51.81, lon: 4.67 };

async function seedFixture(t: TestApp): Promise<Fixture> {
  const db = t.database.db;
  const ctx = systemContext(db, 'test');
  const year = Math.max(...(await vintageYears(ctx, GM)));
  const areas = await areaHierarchy(ctx, GM, year);
  const wijk = areas.find((w) => w.level === 'wijk' && areas.filter((b) => b.parentCode === w.code).length >= 3)!;
  const buurten = areas.filter((b) => b.parentCode === wijk.code).map((b) => b.code) as [string, string, string];
  const [b1, b2, b3] = buurten;
  const signal = (category: string, buurt: string, at: string, merged = false) => {
    const id = randomUUID();
    return {
      gemeente_code: GM,
      id,
      number: `T-${id.slice(0, 8)}`,
      tracking_token_hash: id,
      category_slug: category,
      status: 'new' as const,
      ...POINT,
      buurt_code: buurt,
      wijk_code: wijk.code,
      area_year: year,
      created_at: new Date(at),
      merged_into_id: merged ? id : null,
    };
  };
  const rows = [
    ...Array.from({ length: 7 }, () => signal('verward-gedrag', b1, '2025-05-10T10:00:00Z')),
    ...Array.from({ length: 2 }, () => signal('verward-gedrag', b2, '2025-08-10T10:00:00Z')),
    ...Array.from({ length: 3 }, () => signal('verward-gedrag', b1, '2024-05-10T10:00:00Z')),
    ...Array.from({ length: 3 }, () => signal('verward-gedrag', b2, '2024-05-10T10:00:00Z')),
    signal('afval-dumping', b1, '2025-05-10T10:00:00Z'),
    signal('verward-gedrag', b3, '2025-05-10T10:00:00Z', true),
  ];
  for (const r of rows) await db.insertInto('signals').values(r).execute();
  const batch = await db
    .insertInto('incident_batches')
    .values({
      gemeente_code: GM,
      source: 'tg-test',
      mode: 'synthetic',
      actor: 'test',
      finished_at: new Date(),
      rows_read: 12,
      rows_inserted: 12,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const incident = (type: string, buurt: string, n: number) => ({
    gemeente_code: GM,
    source: 'tg-test',
    source_id: `${buurt}-${type}-${n}`,
    crime_type: type,
    start_time: new Date('2025-06-15T12:00:00Z'),
    end_time: null,
    ...POINT,
    area_year: year,
    buurt_code: buurt,
    wijk_code: wijk.code,
    offender_ref: null,
    victim_ref: null,
    address_ref: null,
    synthetic: true,
    batch_id: Number(batch.id),
  });
  await db
    .insertInto('incidents')
    .values([
      ...Array.from({ length: 5 }, (_, n) => incident('1.4.5', b1, n)),
      ...Array.from({ length: 6 }, (_, n) => incident('1.4.4', b3, n)),
      incident('1.1.1', b1, 0),
    ])
    .execute();
  return { wijk: wijk.code, b: [b1, b2, b3], population: wijk.population };
}

describe('target groups: defaults, editing, indicators with suppression, access', () => {
  let t: TestApp;
  let api: Api;
  let fx: Fixture;
  let coordinator: TestSession;
  let viewer: TestSession;
  let analyst: TestSession;
  let partner: TestSession;
  before(async () => {
    t = await createTestApp({
      config: { minCellCount: 5 },
      prepare: async (database) => {
        const ctx = systemContext(database.db, 'test');
        await seedAreasIfEmpty(ctx, SEED_DIR);
        await seedIncidentsIfEmpty(ctx, SEED_DIR);
        await seedSignalDefaultsIfEmpty(ctx, GM);
      },
    });
    api = apiClient(t.app);
    fx = await seedFixture(t);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    analyst = await loginAs(t.app, t.database, 'analyst');
    partner = await loginAs(t.app, t.database, 'partner');
  });
  after(() => t.close());

  it('seeds the six default groups once, however often it is asked', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const [first, second] = [await ensureDefaultTargetGroups(ctx, GM), await ensureDefaultTargetGroups(ctx, GM)];
    assert.deepEqual([first, second], [6, 0]);
    const list = await api('GET', '/target-groups', viewer);
    assert.equal(list.statusCode, 200, list.body);
    const groups = list.json().targetGroups;
    assert.deepEqual(
      groups.map((g: { key: string }) => g.key),
      ['kwetsbare-ouderen', 'verward-gedrag', 'lvb', 'huiselijk-geweld', 'ex-gedetineerden', 'jeugd'],
    );
    const byKey = new Map(groups.map((g: { key: string }) => [g.key, g]));
    assert.deepEqual((byKey.get('verward-gedrag') as { categories: unknown }).categories, [
      { slug: 'verward-gedrag', name: 'Persoon met verward gedrag' },
    ]);
    assert.deepEqual(
      (byKey.get('huiselijk-geweld') as { crimeTypes: { code: string }[] }).crimeTypes.map((c) => c.code),
      ['1.4.4', '1.4.5'],
    );
    assert.ok(list.json().options.categories.some((c: { slug: string }) => c.slug === 'jeugdoverlast'));
    assert.ok(list.json().options.crimeTypes.some((c: { code: string }) => c.code === '1.4.5'));
  });

  it('lets a coordinator add a programme and a responsible partner, and refuses unknown references with 400', async () => {
    const p = await api('POST', '/partners', coordinator, { name: 'GGD Zuid-Holland Zuid', kind: 'care-provider' });
    assert.equal(p.statusCode, 201, p.body);
    const id = (await api('GET', '/target-groups', coordinator)).json().targetGroups[1].id;
    const change = {
      partnerIds: [p.json().id],
      programmes: [{ name: 'Zorg- en Veiligheidshuis', description: 'Casusoverleg', url: 'https://example.org/zvh' }],
    };
    const ok = await api('PATCH', `/target-groups/${id}`, coordinator, change);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().partners, [{ id: p.json().id, name: 'GGD Zuid-Holland Zuid' }]);
    assert.deepEqual(ok.json().programmes, [
      { name: 'Zorg- en Veiligheidshuis', description: 'Casusoverleg', url: 'https://example.org/zvh' },
    ]);
    const bad = await api('PATCH', `/target-groups/${id}`, coordinator, {
      partnerIds: [randomUUID()],
      categorySlugs: ['bestaat-niet'],
      crimeTypes: ['9.9.9'],
      areaCodes: ['WK99999999'],
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.headers['content-type'] as string, /problem\+json/);
    assert.deepEqual(
      bad.json().errors.map((e: { name: string }) => e.name),
      ['body.partnerIds.0', 'body.categorySlugs.0', 'body.crimeTypes.0', 'body.areaCodes.0'],
    );
    assert.equal((await api('PATCH', `/target-groups/${randomUUID()}`, coordinator, { nameEn: 'Other' })).statusCode, 404);
    assert.equal((await api('PATCH', `/target-groups/not-an-id`, coordinator, { nameEn: 'Other' })).statusCode, 400);
    const created = await api('POST', '/target-groups', coordinator, { nameNl: 'Dak- en thuislozen', nameEn: 'Homeless people' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().key, 'dak-en-thuislozen');
    assert.equal((await api('POST', '/target-groups', coordinator, { nameNl: 'Dak- en thuislozen', nameEn: 'x y' })).statusCode, 409);
  });

  it('counts per buurt by hand, suppresses small and complementary cells, and gives the trend', async () => {
    const r = await api('GET', `/target-groups/indicators?area=${fx.wijk}&from=2025-01-01&to=2025-12-31`, viewer);
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.deepEqual(body.period, { from: '2025-01-01', to: '2025-12-31' });
    assert.deepEqual(body.previous, { from: '2024-01-02', to: '2024-12-31' }, 'as many days as the period (2024 is a leap year)');
    assert.equal(body.areas.at(-1).code, fx.wijk);
    const rows = (key: string) => {
      const g = body.groups.find((x: { key: string }) => x.key === key);
      return new Map(g.rows.map((row: { code: string }) => [row.code, row])) as Map<string, RowJson>;
    };
    const confused = rows('verward-gedrag');
    const [b1, b2, b3] = fx.b;
    assert.deepEqual(confused.get(b2)!.reports!.current, { value: null, suppressed: true }, 'B2: 2 is small');
    assert.deepEqual(confused.get(b1)!.reports!.current, { value: null, suppressed: true }, 'B1: complementary cell');
    assert.deepEqual(confused.get(b3)!.reports!.current, { value: 0, suppressed: false });
    const wijk = confused.get(fx.wijk)!.reports!;
    assert.deepEqual([wijk.current.value, wijk.previous.value, wijk.trend], [9, 6, 'up']);
    assert.equal(wijk.per1000, fx.population ? Math.round((9 / fx.population) * 10_000) / 10 : null);
    assert.equal(confused.get(b1)!.reports!.trend, null, 'no trend from a suppressed cell');
    assert.equal(confused.get(fx.wijk)!.crimes, null, 'verward gedrag has no crime types');
    const violence = rows('huiselijk-geweld');
    assert.deepEqual(
      [b1, b2, b3, fx.wijk].map((c) => violence.get(c)!.crimes!.current.value),
      [5, 0, 6, 11],
    );
    assert.equal(violence.get(fx.wijk)!.reports, null);
    const city = (await api('GET', '/target-groups/indicators?from=2025-01-01&to=2025-12-31', viewer)).json();
    const cityConfused = city.groups.find((x: { key: string }) => x.key === 'verward-gedrag').rows;
    assert.equal(
      cityConfused.find((row: { code: string }) => row.code === fx.wijk).reports.current.value,
      9,
      'the same wijk total in the city view',
    );
    assert.equal(city.areas.at(-1).level, 'gemeente');
  });

  it('refuses a bad period or area with 400 and answers per role', async () => {
    assert.equal((await api('GET', '/target-groups/indicators?from=2025-05-01&to=2025-01-01', viewer)).statusCode, 400);
    assert.equal((await api('GET', '/target-groups/indicators?area=WK99999999', viewer)).statusCode, 400);
    assert.equal((await api('GET', '/target-groups/indicators?from=gisteren', viewer)).statusCode, 400);
    assert.equal((await api('GET', '/target-groups', partner)).statusCode, 403);
    assert.equal((await api('GET', '/target-groups/indicators', partner)).statusCode, 403);
    assert.equal((await api('GET', '/target-groups', null)).statusCode, 401);
    assert.equal((await api('GET', '/target-groups/indicators', analyst)).statusCode, 200);
    assert.equal((await api('POST', '/target-groups', viewer, { nameNl: 'Nieuw', nameEn: 'New' })).statusCode, 403);
    assert.equal((await api('POST', '/target-groups', analyst, { nameNl: 'Nieuw', nameEn: 'New' })).statusCode, 403);
  });

  it('gives the area network its groups with figures (null = suppressed), and nothing to a partner account', async () => {
    const scope = { gemeente: GM, code: fx.b[0], codes: [fx.b[0], fx.wijk, GM], today: '2025-12-31', minCellCount: 5 };
    const asCoordinator = {
      ...systemContext(t.database.db),
      actor: { kind: 'user' as const, userId: coordinator.userId, email: 'c@x', role: 'coordinator' as const },
    };
    const items = await targetGroupsSection.load(asCoordinator, scope);
    const confused = items!.find((i) => i.kind === 'verward-gedrag')!;
    assert.deepEqual(confused.figures, [{ label: 'Meldingen', value: null, period: '2025-01-01/2025-12-31' }]);
    assert.match(confused.detail!, /GGD Zuid-Holland Zuid/);
    assert.match(confused.detail!, /Zorg- en Veiligheidshuis/);
    const violence = items!.find((i) => i.kind === 'huiselijk-geweld')!;
    assert.deepEqual(violence.figures, [{ label: 'Geregistreerde misdrijven', value: 5, period: '2025-01-01/2025-12-31' }]);
    const asPartner = { ...asCoordinator, actor: { ...asCoordinator.actor, userId: partner.userId, role: 'partner' as const } };
    assert.equal(await targetGroupsSection.load(asPartner, scope), null);
    assert.equal(await targetGroupsSection.load({ ...asCoordinator, actor: { kind: 'anonymous' } }, scope), null);
  });
});
