import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncidentColumns } from './columns.ts';
import { eventTableFrom, eventTableOf } from './event-table.ts';
import { selectEvents, type EventFilter } from './select-events.ts';

const T0 = Date.UTC(2021, 0, 1) / 60_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 60_000;

/** 5,000 events in random start order over 2021–2024, four types, three buurten of two wijken (and some without). */
function columns(): IncidentColumns {
  const cols = new IncidentColumns('GM0505');
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 5000; i++) {
    const start = T0 + Math.floor(rnd() * 4 * 525_600);
    const b = Math.floor(rnd() * 4);
    cols.push(
      {
        id: i + 1,
        startMin: start,
        endMin: start + 60,
        x: 0,
        y: 0,
        lat: 0,
        lon: 0,
        crimeType: ['1.1.1', '1.4.5', '1.4.6', '2.5.2'][i % 4]!,
        buurtCode: b === 3 ? null : ['BU05050100', 'BU05050101', 'BU05050700'][b]!,
        wijkCode: null,
        areaYear: start < T0 + 3 * 525_600 ? 2020 : 2024,
        synthetic: i % 3 === 0,
        offenderRef: null,
        victimRef: null,
        addressRef: null,
      },
      (m) => m,
    );
  }
  return cols;
}

/** The rule written out once more, event by event (select-events.ts). */
function byTheRule(cols: IncidentColumns, f: EventFilter): { ids: number[]; withoutBuurt: number } {
  const ids: number[] = [];
  let withoutBuurt = 0;
  for (let k = 0; k < cols.length; k++) {
    const type = cols.crimeTypes.codes[cols.crimeType[k]!]!;
    const buurt = cols.buurt[k] === 0xffff ? null : cols.areas.codes[cols.buurt[k]!]!;
    if (cols.startMin[k]! < f.fromMin || cols.startMin[k]! >= f.toMin) continue;
    if (
      f.types?.length &&
      !f.types.includes('0.0.0') &&
      !f.types.some((t) => (t.endsWith('.*') ? type.startsWith(t.slice(0, -1)) : t === type))
    )
      continue;
    if (buurt === null) {
      withoutBuurt++;
      continue;
    }
    if (f.area?.startsWith('BU') && buurt !== f.area) continue;
    if (f.area?.startsWith('WK') && !buurt.startsWith(`BU${f.area.slice(2)}`)) continue;
    ids.push(cols.id[k]!);
  }
  return { ids: ids.sort((a, b) => a - b), withoutBuurt };
}

const FILTERS: EventFilter[] = [
  { fromMin: day('2022-03-01'), toMin: day('2023-07-15') },
  { fromMin: day('2022-03-01'), toMin: day('2023-07-15'), types: ['1.4.*'] },
  { fromMin: day('2021-01-01'), toMin: day('2025-01-01'), types: ['0.0.0'], area: 'GM0505' },
  { fromMin: day('2022-03-01'), toMin: day('2023-07-15'), area: 'BU05050101' },
  { fromMin: day('2023-01-01'), toMin: day('2024-01-01'), types: ['1.1.1', '2.5.2'], area: 'WK050501' },
  { fromMin: day('2024-06-01'), toMin: day('2024-06-01') },
];

describe('selectEvents: the one event selection', () => {
  it('selects by the rule — start in [from, to), types and groups, buurt or wijk, never an event without a buurt — on sorted and unsorted columns alike', () => {
    const cols = columns();
    assert.equal(cols.sortedByStart, false);
    const unsorted = eventTableOf(cols);
    const unsortedIds = cols.id;
    const expected = FILTERS.map((f) => byTheRule(cols, f));
    cols.sortByStart();
    assert.notEqual(cols.id, unsortedIds, 'new arrays: a reader of the old ones keeps its snapshot');
    const sorted = eventTableOf(cols);
    assert.ok(sorted.sortedByStart && sorted.startMin.subarray(1, sorted.length).every((m, k) => m >= sorted.startMin[k]!));
    FILTERS.forEach((f, i) => {
      for (const [t, ids] of [
        [sorted, cols.id],
        [unsorted, unsortedIds],
      ] as const) {
        const s = selectEvents(t, f);
        assert.deepEqual(
          Array.from(s.idx, (k) => ids[k]!).sort((a, b) => a - b),
          expected[i]!.ids,
          JSON.stringify(f),
        );
        assert.equal(s.withoutBuurt, expected[i]!.withoutBuurt, JSON.stringify(f));
        assert.equal(
          s.syntheticCount,
          Array.from(s.idx, (k) => t.synthetic[k]!).reduce((a, b) => a + b, 0),
        );
        assert.ok(
          s.idx.every((k, j) => j === 0 || k > s.idx[j - 1]!),
          'ascending indices',
        );
      }
    });
    assert.ok(
      expected[0]!.ids.length > 1000 && expected[4]!.ids.length > 50 && expected[0]!.withoutBuurt > 100,
      'the filters select something',
    );
  });

  it('works the same on another source’s points (eventTableFrom: one shape)', () => {
    const hour = 3_600_000;
    const t0 = Date.UTC(2024, 2, 1);
    const points = eventTableFrom({
      x: new Float64Array(4),
      y: new Float64Array(4),
      timeMs: Float64Array.from([t0 + 30 * hour, t0 - hour, t0 + 2 * hour, t0 + 3 * hour]),
      type: ['afval', 'afval', 'overlast', 'afval'],
      buurtCode: ['BU05050100', 'BU05050100', 'BU05050700', null],
    });
    const s = selectEvents(points, { fromMin: t0 / 60_000, toMin: t0 / 60_000 + 1440 * 31, types: ['afval'], area: 'WK050501' });
    assert.deepEqual(Array.from(s.idx), [0]);
    assert.equal(s.withoutBuurt, 1);
    assert.equal(points.startLocal[0], points.startMin[0]! + 60, 'Amsterdam wall clock (CET in March)');
  });
});
