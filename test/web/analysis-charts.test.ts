import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { curveAt, curveGeometry } from '../../web/src/pages/analysis/concentration-chart.ts';
import { HEAT_COLOURS, heatBreaks, heatLevel, heatmapLayout, SUPPRESSED_FILL } from '../../web/src/pages/analysis/heatmap.ts';
import { isNearRepeat, knoxGrid, parseBands } from '../../web/src/pages/analysis/knox.ts';
import { niceScale, trendGeometry } from '../../web/src/pages/analysis/trend-chart.ts';
import type { KnoxCell, TrendWeek } from '../../web/src/pages/analysis/types.ts';

const matrix = (f: (d: number, h: number) => number | null) =>
  Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => f(d, h)));

describe('hottimes heatmap geometry', () => {
  it('lays out 168 cells, Monday on top, hour 0 on the left', () => {
    const l = heatmapLayout(
      matrix((d, h) => d * 24 + h),
      { cellW: 10, cellH: 8, left: 40, top: 20 },
    );
    assert.equal(l.cells.length, 168);
    assert.deepEqual(l.cells[0], { weekday: 0, hour: 0, x: 40, y: 20, value: 0, level: 0, fill: HEAT_COLOURS[0], textFill: '#1a1a1a' });
    const sunday23 = l.cells[167]!;
    assert.equal(sunday23.weekday, 6);
    assert.equal(sunday23.hour, 23);
    assert.equal(sunday23.x, 40 + 23 * 10);
    assert.equal(sunday23.y, 20 + 6 * 8);
    assert.equal(sunday23.level, 5, 'the maximum is in the top class');
    assert.equal(l.max, 167);
    assert.equal(l.width, 40 + 240 + 4);
  });
  it('classes values in six equal steps and shows suppressed cells hatched, never as zero', () => {
    assert.deepEqual(heatBreaks(60), [10, 20, 30, 40, 50, 60]);
    assert.equal(heatLevel(10, heatBreaks(60)), 0);
    assert.equal(heatLevel(10.1, heatBreaks(60)), 1);
    assert.deepEqual(heatBreaks(0), [0, 0, 0, 0, 0, 0]);
    const l = heatmapLayout(matrix((d, h) => (d === 2 && h === 3 ? null : 0)));
    const hidden = l.cells.find((c) => c.weekday === 2 && c.hour === 3)!;
    assert.equal(hidden.level, -1);
    assert.equal(hidden.fill, SUPPRESSED_FILL);
    assert.equal(l.cells.filter((c) => c.level === 0).length, 167);
  });
});

describe('trend chart geometry', () => {
  const weeks: TrendWeek[] = [
    { weekStart: '2023-01-02', count: 4, expected: 5, upper: 10, alarm: false },
    { weekStart: '2023-01-09', count: null, expected: 5, upper: 10, alarm: false },
    { weekStart: '2023-01-16', count: 12, expected: 5, upper: 10, alarm: true },
    { weekStart: '2023-01-23', count: 2, expected: null, upper: null, alarm: false },
  ];
  it('chooses nice scales', () => {
    assert.deepEqual(niceScale(12), { top: 15, step: 5 });
    assert.deepEqual(niceScale(0.8), { top: 0.8, step: 0.2 });
    assert.deepEqual(niceScale(0), { top: 1, step: 1 });
  });
  it('breaks the line at suppressed weeks, bands only weeks with a baseline, marks alerts', () => {
    const g = trendGeometry(weeks, { width: 344, height: 140 });
    // plot x from 44 to 332 over 3 steps of 96; y from 112 (0) to 12 (15).
    assert.equal(g.yMax, 15);
    assert.equal(g.line, 'M44,85.3M236,32L332,98.7');
    assert.equal(g.points.length, 3);
    assert.deepEqual(g.markers, [{ x: 236, y: 32, index: 2 }]);
    assert.equal(g.band, 'M44,45.3L140,45.3L236,45.3L236,78.7L140,78.7L44,78.7Z');
    assert.equal(g.expected, 'M44,78.7L140,78.7L236,78.7');
    assert.deepEqual(
      g.yTicks.map((t) => t.value),
      [0, 5, 10, 15],
    );
    assert.deepEqual(g.xTicks, [{ x: 44, label: 'jan 23' }]);
  });
});

describe('concentration curve', () => {
  const curve = [
    { idShare: 0, incidentShare: 0 },
    { idShare: 0.1, incidentShare: 0.4 },
    { idShare: 1, incidentShare: 1 },
  ];
  it('interpolates the curve and places the top-x % marks', () => {
    assert.equal(curveAt(curve, 0.05), 0.2);
    assert.ok(Math.abs(curveAt(curve, 0.55)! - 0.7) < 1e-12);
    const g = curveGeometry(curve, { '0.1': 0.4, '0.01': null }, 320);
    assert.equal(g.marks.length, 1, 'suppressed shares are left out');
    // plot x 44..296, y 284..12
    assert.equal(g.curve, 'M44,284L69.2,175.2L296,12');
    assert.equal(g.diagonal, 'M44,284L296,12');
  });
});

describe('near-repeat Knox grid', () => {
  const cell = (s: [string, string], t: [string, string], ratio: number | null, p: number | null): KnoxCell => ({
    space: s,
    time: t,
    observed: 10,
    expected: 8,
    knoxRatio: ratio,
    p,
    knoxRatioSim: null,
    suppressed: ratio === null,
  });
  it('arranges cells by distance (rows) and time (columns)', () => {
    const cells = [cell(['100', 'Infinity'], ['0', '7'], 0.9, 0.6), cell(['0', '100'], ['0', '7'], 1.5, 0.01)];
    const g = knoxGrid(['0', '100', 'Infinity'], ['0', '7'], cells);
    assert.deepEqual(g.space, [
      ['0', '100'],
      ['100', 'Infinity'],
    ]);
    assert.equal(g.cells[0]![0]!.knoxRatio, 1.5);
    assert.equal(isNearRepeat(g.cells[0]![0]!), true);
    assert.equal(isNearRepeat(g.cells[1]![0]!), false);
    assert.equal(isNearRepeat(cell(['0', '1'], ['0', '1'], null, null)), false, 'suppressed is no signal');
  });
  it('normalises typed bands and refuses bad ones', () => {
    assert.equal(parseBands(' 0, 100,200 ,Inf'), '0,100,200,inf');
    assert.equal(parseBands('0,200,100'), null);
    assert.equal(parseBands('100'), null);
    assert.equal(parseBands('0,inf,500'), null);
    assert.equal(parseBands('0,-5'), null);
  });
});
