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
import { clusterBuurt, EMERGING_CLUSTERS } from './future-years.ts';

const AMSTELWIJCK = ['BU05050708', 'BU05050709', 'BU05050710', 'BU05050711'];
/** A fixed "now": Wednesday 2 December 2026, ISO week 49. */
const NOW = new Date('2026-12-02T10:00:00Z');

describe('synthetic demo incidents', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase());
  });
  after(async () => database.close());

  it('are loaded on first start after the counts, once, and reported', async () => {
    assert.equal((await seedIncidentsIfEmpty(ctx, SEED_DIR))?.synthetic, undefined); // off unless asked for
    const first = await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true, now: NOW });
    const perYear = first?.synthetic?.perYear ?? {};
    // The registered years as before; later years at the 2023 level with a small trend and noise.
    assert.deepEqual([perYear[2021], perYear[2022], perYear[2023]], [5998, 6458, 6475]);
    for (const y of [2024, 2025]) assert.ok(Math.abs(perYear[y]! / 6475 - 1) < 0.1, `${y}: ${perYear[y]}`);
    const share = (NOW.getTime() - Date.UTC(2026, 0, 1)) / (365 * 86_400_000);
    assert.ok(Math.abs(perYear[2026]! / (share * 6475) - 1) < 0.1, `2026: ${perYear[2026]}`);
    const clusters = EMERGING_CLUSTERS.reduce((s, c) => s + c.count, 0);
    const total = Object.values(perYear).reduce((s, n) => s + n, 0) + clusters;
    assert.equal(first?.synthetic?.incidents, total);
    assert.match(describeIncidentSeed(first).join('\n'), /synthetic demo incidents: \d+ \(2021: 5998, 2022: 6458, 2023: 6475, 2024: /);
    const again = await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true, now: NOW });
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
      [[true, 'synthetic', first?.synthetic?.incidents]],
    );
  });

  it('run up to now: the current ISO week has incidents, none lies after now', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const nowMin = NOW.getTime() / 60_000;
    const monday = Date.UTC(2026, 10, 30) / 60_000; // Monday of ISO week 49
    let inWeek = 0;
    for (let k = 0; k < cols.length; k++) {
      assert.ok(cols.startMin[k]! <= nowMin, 'no incident after now');
      if (cols.startMin[k]! >= monday) inWeek++;
    }
    assert.ok(inWeek > 10, `incidents in the current week: ${inWeek}`);
  });

  it('hold emerging clusters in the last weeks, far above the usual weekly level of their buurt', async () => {
    const input = (await syntheticInput(ctx, GM, 2023, NOW))!;
    const cols = await getIncidentColumns(ctx, GM);
    for (const c of EMERGING_CLUSTERS) {
      const buurt = clusterBuurt(input, c.rank)!;
      const recentFrom = (NOW.getTime() - c.days * 86_400_000) / 60_000 - 24 * 60;
      const yearFrom = Date.UTC(2025, 0, 1) / 60_000;
      let recent = 0;
      let year2025 = 0;
      for (let k = 0; k < cols.length; k++) {
        if (cols.areas.codes[cols.buurt[k]!] !== buurt || cols.crimeTypes.codes[cols.crimeType[k]!] !== c.crimeType) continue;
        if (cols.startMin[k]! >= recentFrom) recent++;
        else if (cols.startMin[k]! >= yearFrom && cols.startMin[k]! < Date.UTC(2026, 0, 1) / 60_000) year2025++;
      }
      const usual = (year2025 / 52) * (c.days / 7);
      assert.ok(recent >= c.count && recent > 4 * usual + 5, `${c.crimeType} in ${buurt}: ${recent} recent, ${year2025} in 2025`);
    }
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
    const input = (await syntheticInput(ctx, GM, 7, NOW))!;
    const a = generateSyntheticIncidents(input).batch;
    const b = generateSyntheticIncidents(input).batch;
    assert.deepEqual(a.c, b.c);
    const other = generateSyntheticIncidents({ ...input, seed: 8, years: [2021, 2022, 2023] }).batch;
    const same = generateSyntheticIncidents({ ...input, years: [2021, 2022, 2023] }).batch;
    assert.equal(other.length, same.length, 'the registered years have the same counts for every seed');
    assert.notDeepEqual(other.c.startMs, same.c.startMs);
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
