/**
 * Areal weighting of CBS buurt figures for grid-cell and polygon scopes, on the shipped Dordrecht
 * areas and 2023 counts: hand-checkable cases where every share must be 1 or 0.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { GM, SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { countsByArea, seedIncidentsIfEmpty } from '../../incidents/index.ts';
import { listAreas, seedAreasIfEmpty } from '../../areas/index.ts';
import { runEvidenceQuery } from '../evidence/runner.ts';
import { buurtSharesInScope } from './areal-shares.ts';
import type { Scope } from './scope.ts';

describe('areal weighting of buurt figures for cell and polygon scopes', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
    const ctx = systemContext(database.db, 'test');
    await seedAreasIfEmpty(ctx, SEED_DIR);
    await seedIncidentsIfEmpty(ctx, SEED_DIR);
  });
  after(async () => database.close());
  const ctx = () => systemContext(database.db, 'test');

  it('gives a buurt drawn as the polygon a share of ~1, and its total the buurt’s count', async () => {
    const counts = await countsByArea(ctx(), { municipality: GM, level: 'buurt', year: 2023 });
    const areas = await listAreas(ctx(), GM, { level: 'buurt', year: counts[0]!.areaYear });
    const byCode = new Map(areas.features.map((f) => [f.properties.code, f]));
    // the buurt with the most registered crime, drawn as the scope
    const pick = counts
      .filter((c) => (c.count ?? 0) > 0 && byCode.get(c.areaCode)?.geometry)
      .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0]!;
    const scope = { kind: 'polygon', geometry: byCode.get(pick.areaCode)!.geometry } as Extract<Scope, { kind: 'polygon' }>;
    const shares = await buurtSharesInScope(ctx(), GM, scope, counts[0]!.areaYear);
    assert.ok(Math.abs((shares.get(pick.areaCode) ?? 0) - 1) < 0.03, `own share ${shares.get(pick.areaCode)}`);
    for (const [code, share] of shares) if (code !== pick.areaCode) assert.ok(share < 0.03, `${code} ${share}`);
    const result = (await runEvidenceQuery(
      ctx(),
      'crime-counts',
      { year: 2023 },
      { gemeente: GM, scope, crimeTypes: [], signalCategories: [] },
    )) as {
      method: string;
      total: number;
    };
    assert.equal(result.method, 'areal-weighting');
    assert.ok(Math.abs(result.total - pick.count!) <= Math.max(2, pick.count! * 0.03), `${result.total} vs ${pick.count}`);
  });

  it('gives every buurt a share of ~1 when the cells cover the whole municipality, and the city total', async () => {
    const counts = await countsByArea(ctx(), { municipality: GM, level: 'buurt', year: 2023 });
    const size = 5000;
    const cells: [number, number][] = [];
    for (let x = 95_000; x < 120_000; x += size) for (let y = 410_000; y < 435_000; y += size) cells.push([x, y]);
    const scope: Scope = { kind: 'cells', cellSize: size, cells };
    const shares = await buurtSharesInScope(ctx(), GM, scope, counts[0]!.areaYear);
    // buurten without a boundary in the shipped map (new since 2020) cannot be placed, so they are left out
    const areas = await listAreas(ctx(), GM, { level: 'buurt', year: counts[0]!.areaYear });
    const mapped = new Set(areas.features.filter((f) => f.geometry).map((f) => f.properties.code));
    const withCounts = counts.filter((c) => (c.count ?? 0) > 0 && mapped.has(c.areaCode));
    assert.ok(withCounts.length > 50, String(withCounts.length));
    for (const c of withCounts) assert.ok(Math.abs((shares.get(c.areaCode) ?? 0) - 1) < 0.03, `${c.areaCode} ${shares.get(c.areaCode)}`);
    const result = (await runEvidenceQuery(
      ctx(),
      'crime-counts',
      { year: 2023 },
      { gemeente: GM, scope, crimeTypes: [], signalCategories: [] },
    )) as {
      total: number;
    };
    const cityTotal = withCounts.reduce((s, c) => s + c.count!, 0);
    assert.ok(Math.abs(result.total - cityTotal) <= cityTotal * 0.01, `${result.total} vs ${cityTotal}`);
  });

  it('counts a small grid scope as part of its buurt, not the whole city', async () => {
    const counts = await countsByArea(ctx(), { municipality: GM, level: 'buurt', year: 2023 });
    const cityTotal = counts.reduce((s, c) => s + (c.count ?? 0), 0);
    const scope: Scope = { kind: 'cells', cellSize: 100, cells: [[105_000, 424_000]] };
    const result = (await runEvidenceQuery(
      ctx(),
      'crime-counts',
      { year: 2023 },
      { gemeente: GM, scope, crimeTypes: [], signalCategories: [] },
    )) as {
      total: number;
      rows: { share: number }[];
    };
    assert.ok(result.rows.length <= 4, `one 100 m cell touches few buurten, not ${result.rows.length}`);
    assert.ok(result.rows.every((r) => r.share > 0 && r.share < 1));
    assert.ok(result.total < cityTotal / 10, `${result.total} of ${cityTotal}`);
  });
});
