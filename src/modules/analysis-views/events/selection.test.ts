import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventTableFrom } from '../../incidents/index.ts';
import { majorityAreaYear, resolvePeriod, selectPeriod, type Selection } from './selection.ts';

/** Events on the first of each month 2021–2024; areaYear 2020 up to 2023, 2024 after. */
function selection(): Selection {
  const times: number[] = [];
  for (let y = 2021; y <= 2024; y++) for (let m = 0; m < 12; m++) times.push(Date.UTC(y, m, 1, 12));
  const table = eventTableFrom({
    x: new Float64Array(times.length),
    y: new Float64Array(times.length),
    timeMs: Float64Array.from(times),
    type: times.map(() => '1.1.1'),
    buurtCode: times.map(() => 'BU05050100'),
  });
  times.forEach((t, k) => {
    table.areaYear[k] = new Date(t).getUTCFullYear() < 2024 ? 2020 : 2024;
  });
  const period = resolvePeriod(table, {});
  return selectPeriod(
    { source: 'incidents', table, idx: new Uint32Array(0), period, area: 'GM0505', types: undefined, syntheticCount: 0, withoutBuurt: 0 },
    period,
  );
}

describe('the events of a view', () => {
  it('defaults to the year up to the day after the latest event', () => {
    const sel = selection();
    assert.deepEqual([sel.period.from, sel.period.to], ['2023-12-02', '2024-12-02']);
    assert.equal(sel.idx.length, 12);
  });

  it('names the indeling most selected events lie in, the newest on a tie', () => {
    const sel = selection();
    const at = (from: string, to: string) => selectPeriod(sel, resolvePeriod(sel.table, { from, to }));
    assert.equal(majorityAreaYear(at('2021-01-01', '2022-01-01')), 2020);
    assert.equal(majorityAreaYear(at('2023-06-01', '2025-01-01')), 2024);
    assert.equal(majorityAreaYear(at('2023-07-01', '2024-07-01')), 2024);
    assert.equal(majorityAreaYear(at('2030-01-01', '2031-01-01')), undefined);
  });
});
