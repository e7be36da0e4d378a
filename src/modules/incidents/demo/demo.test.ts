import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { GM, openIncidentTestDatabase, SEED_DIR } from '../../../../test/fixtures/incidents/setup.ts';
import { aoristicHourOfWeek } from '../../analysis/index.ts';
import { getAreaLocator } from '../../areas/index.ts';
import { getIncidentColumns } from '../columns-service.ts';
import { eventTableOf } from '../event-table.ts';
import { selectEvents } from '../select-events.ts';
import { describeIncidentSeed, seedIncidentsIfEmpty } from '../seed.ts';
import { generateSyntheticIncidents } from './generator.ts';
import { syntheticInput } from './demo-seed.ts';

const AMSTELWIJCK = ['BU05050708', 'BU05050709', 'BU05050710', 'BU05050711'];

describe('synthetic demo incidents', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase());
  });
  after(async () => database.close());

  it('are loaded on first start after the counts, once, and reported', async () => {
    assert.equal((await seedIncidentsIfEmpty(ctx, SEED_DIR))?.synthetic, undefined); // off unless asked for
    const first = await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true });
    assert.equal(first?.synthetic?.incidents, 18_931);
    assert.deepEqual(first?.synthetic?.perYear, { 2021: 5998, 2022: 6458, 2023: 6475 });
    assert.match(describeIncidentSeed(first).join('\n'), /synthetic demo incidents: 18931 \(2021: 5998, 2022: 6458, 2023: 6475/);
    const again = await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true });
    assert.equal(again?.synthetic, undefined);
    const batches = await database.db.selectFrom('incident_batches').selectAll().where('mode', '=', 'synthetic').execute();
    assert.equal(batches.length, 1);
    const flags = await database.db
      .selectFrom('incidents')
      .select(['synthetic', 'source', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['synthetic', 'source'])
      .execute();
    assert.deepEqual(
      flags.map((f) => [f.synthetic, f.source, Number(f.n)]),
      [[true, 'synthetic', 18_931]],
    );
  });

  it('reproduce the registered 2023 total of every buurt exactly', async () => {
    const counts = await database.db
      .selectFrom('crime_counts')
      .select(['area_code', 'count'])
      .where('period', '=', '2023JJ00')
      .where('crime_type', '=', '0.0.0')
      .where('area_level', '=', 'buurt')
      .execute();
    const cols = await getIncidentColumns(ctx, GM);
    const from = Date.UTC(2023, 0, 1) / 60_000;
    const to = Date.UTC(2024, 0, 1) / 60_000;
    const perBuurt = new Map<string, number>();
    for (let k = 0; k < cols.length; k++) {
      if (cols.startLocal[k]! < from || cols.startLocal[k]! >= to) continue;
      const code = cols.areas.codes[cols.buurt[k]!]!;
      perBuurt.set(code, (perBuurt.get(code) ?? 0) + 1);
    }
    assert.equal(counts.length, 132);
    for (const c of counts) assert.equal(perBuurt.get(c.area_code) ?? 0, c.count ?? 0, c.area_code);
    assert.equal(
      [...perBuurt.values()].reduce((s, n) => s + n, 0),
      6475,
    );
  });

  it('lie inside their buurt, or inside the wijk for the four buurten without polygon', async () => {
    const rows = await database.db.selectFrom('incidents').select(['buurt_code', 'wijk_code', 'lat', 'lon', 'area_year']).execute();
    const locator = await getAreaLocator(ctx, GM, 2024);
    let inWijk = 0;
    for (const r of rows) {
      assert.equal(r.area_year, 2024);
      const hit = locator.locate(r.lon, r.lat);
      if (AMSTELWIJCK.includes(r.buurt_code!)) {
        assert.equal(hit?.wijk?.code, 'WK050507');
        inWijk++;
      } else assert.equal(hit?.buurt.code, r.buurt_code);
    }
    assert.ok(inWijk > 0);
  });

  it('are deterministic for a seed and differ for another seed', async () => {
    const input = (await syntheticInput(ctx, GM, 7))!;
    const a = generateSyntheticIncidents(input).batch;
    const b = generateSyntheticIncidents(input).batch;
    assert.deepEqual(a.c, b.c);
    const other = generateSyntheticIncidents({ ...input, seed: 8 }).batch;
    assert.equal(other.length, a.length);
    assert.notDeepEqual(other.c.startMs, a.c.startMs);
  });

  it('follow the intended rhythm: burglary on weekday daytime, violence at weekend nights', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const profile = (codes: string[]) => {
      const { idx } = selectEvents(eventTableOf(cols), { fromMin: 0, toMin: 2 ** 31 - 1, types: codes });
      const p = aoristicHourOfWeek({
        startUtc: Array.from(idx, (k) => cols.startMin[k]!),
        endUtc: Array.from(idx, (k) => cols.endMin[k]!),
      });
      const total = p.reduce((s, v) => s + v, 0);
      const share = (pred: (day: number, hour: number) => boolean) =>
        p.reduce((s, v, h) => s + (pred(Math.floor(h / 24), h % 24) ? v : 0), 0) / total;
      return {
        weekdayDay: share((d, h) => d < 5 && h >= 8 && h < 18),
        weekendNight: share((d, h) => (d === 4 && h >= 22) || (d === 5 && (h < 6 || h >= 22)) || (d === 6 && h < 6)),
      };
    };
    const burglary = profile(['1.1.1']);
    const violence = profile(['1.4.5', '1.4.3']);
    assert.ok(burglary.weekdayDay > violence.weekdayDay * 2, JSON.stringify({ burglary, violence }));
    assert.ok(violence.weekendNight > burglary.weekendNight * 3, JSON.stringify({ burglary, violence }));
  });
});
