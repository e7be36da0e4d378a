import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncidentColumns } from '../incidents/columns.ts';
import { majorityAreaYear, resolvePeriod, selectEvents, tableOfColumns, type Selection } from './selection.ts';

/** 5,000 events in random start order over 2021–2024, four types, three buurten (and some without). */
function columns(): IncidentColumns {
  const cols = new IncidentColumns('GM0505');
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const t0 = Date.UTC(2021, 0, 1) / 60_000;
  for (let i = 0; i < 5000; i++) {
    const start = t0 + Math.floor(rnd() * 4 * 525_600);
    const b = Math.floor(rnd() * 4);
    cols.push({
      id: i + 1, startMin: start, endMin: start + 60, x: 0, y: 0, lat: 0, lon: 0, crimeType: ['1.1.1', '1.4.5', '1.4.6', '2.5.2'][i % 4]!,
      buurtCode: b === 3 ? null : `BU0505010${b}`, wijkCode: null, areaYear: start < t0 + 3 * 525_600 ? 2020 : 2024, synthetic: i % 3 === 0,
      offenderRef: null, victimRef: null, addressRef: null,
    }, (m) => m);
  }
  return cols;
}

describe('workbench event selection', () => {
  it('gives the same events on columns sorted by start (binary search) as a scan of the unsorted ones', () => {
    const cols = columns();
    assert.equal(cols.sortedByStart, false);
    const unsorted = tableOfColumns(cols);
    const unsortedIds = cols.id;
    const idsOf = (t: typeof unsorted, idx: Uint32Array) => Array.from(idx, (k) => (t === unsorted ? unsortedIds : sortedIds)[k]!).sort((a, b) => a - b);
    cols.sortByStart();
    assert.notEqual(cols.id, unsortedIds, 'new arrays: a reader of the old ones keeps its snapshot');
    const sorted = tableOfColumns(cols);
    const sortedIds = cols.id;
    assert.ok(sorted.sortedByStart && sorted.startMin.subarray(1, sorted.length).every((m, k) => m >= sorted.startMin[k]!));
    const period = resolvePeriod(sorted, { from: '2022-03-01', to: '2023-07-15' });
    const types = Uint8Array.from(sorted.typeCodes, (c) => (c.startsWith('1.4.') ? 1 : 0));
    const areas = Uint8Array.from(sorted.areaCodes, (c) => (c === 'BU05050101' ? 1 : 0));
    for (const [t, a] of [[null, null], [types, null], [null, areas], [types, areas]] as const) {
      const s = selectEvents(sorted, period, t, a);
      const u = selectEvents(unsorted, period, t, a);
      assert.ok(s.idx.length > 100);
      assert.deepEqual(idsOf(sorted, s.idx), idsOf(unsorted, u.idx));
      assert.equal(s.syntheticCount, u.syntheticCount);
      assert.ok(s.idx.every((k, i) => i === 0 || k > s.idx[i - 1]!), 'ascending indices');
    }
    assert.equal(resolvePeriod(sorted, {}).to, resolvePeriod(unsorted, {}).to, 'default period from the latest start');
  });

  it('names the indeling most selected events lie in, the newest on a tie', () => {
    const cols = columns();
    cols.sortByStart();
    const table = tableOfColumns(cols);
    const sel = (from: string, to: string): Selection => {
      const period = resolvePeriod(table, { from, to });
      return { source: 'incidents', table, period, area: 'GM0505', ...selectEvents(table, period, null, null) };
    };
    assert.equal(majorityAreaYear(sel('2021-01-01', '2022-01-01')), 2020);
    assert.equal(majorityAreaYear(sel('2023-06-01', '2025-01-01')), 2024);
    assert.equal(majorityAreaYear(sel('2030-01-01', '2031-01-01')), undefined);
  });
});
