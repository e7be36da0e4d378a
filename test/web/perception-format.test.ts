import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  combinedParts,
  formatIndex,
  formatMargin,
  formatNumber,
  indexBand,
  indexBarWidth,
  SIGNIFICANCE_MARK,
  significanceOf,
} from '../../web/src/pages/perception/index-format.ts';
import { surveyCells, yearRows, yearsWithData } from '../../web/src/pages/perception/trend-rows.ts';
import type { Trends } from '../../web/src/pages/perception/types.ts';

describe('index formatting', () => {
  it('formats numbers in the UI language and a dash for missing values', () => {
    assert.equal(formatNumber(117.85, 'nl'), '117,9');
    assert.equal(formatNumber(117.85, 'en'), '117.9');
    assert.equal(formatNumber(122090, 'nl', 0), '122.090');
    assert.equal(formatNumber(null, 'nl'), '–');
    assert.equal(formatNumber(Number.NaN, 'nl'), '–');
  });
  it('rounds an index to a whole number and writes margins as ±', () => {
    assert.equal(formatIndex(222.2, 'nl'), '222');
    assert.equal(formatIndex(99.5, 'nl'), '100');
    assert.equal(formatIndex(null, 'nl'), '–');
    assert.equal(formatMargin(4.5, 'nl'), '± 4,5');
    assert.equal(formatMargin(null, 'nl'), '');
  });
  it('places an index in a band around the city average of 100', () => {
    assert.deepEqual([null, 50, 89.9, 90, 110, 110.1, 149.9, 150].map(indexBand), [
      'none',
      'below',
      'below',
      'around',
      'around',
      'above',
      'above',
      'far-above',
    ]);
  });
  it('scales the index bar so that 100 sits at 40% and large values are capped', () => {
    assert.equal(indexBarWidth(100), 40);
    assert.equal(indexBarWidth(250), 100);
    assert.equal(indexBarWidth(900), 100);
    assert.equal(indexBarWidth(null), 0);
    assert.equal(indexBarWidth(-3), 0);
  });
  it('writes the combined index out with weights as fractions, or null without both parts', () => {
    assert.deepEqual(combinedParts({ objective: 222.2, subjective: 150, combined: 186.1, weightObjective: 50 }), {
      wObjective: 0.5,
      wSubjective: 0.5,
      objective: 222.2,
      subjective: 150,
      combined: 186.1,
    });
    assert.equal(combinedParts({ objective: 222.2, subjective: null, combined: null, weightObjective: 50 }), null);
    assert.equal(combinedParts({ objective: 100, subjective: 120, combined: 114, weightObjective: 30 })?.wSubjective, 0.7);
  });
});

describe('significance labels', () => {
  it('labels z-tests: up, down, not significant, untestable, equal', () => {
    assert.equal(significanceOf({ difference: 5, z: 2.5, significant: true }), 'up');
    assert.equal(significanceOf({ difference: -5, z: -2.5, significant: true }), 'down');
    assert.equal(significanceOf({ difference: 1, z: 0.4, significant: false }), 'not-significant');
    assert.equal(significanceOf({ difference: 1, z: null, significant: null }), 'no-margin');
    assert.equal(significanceOf({ difference: 0, z: 0, significant: false }), 'no-change');
    assert.equal(significanceOf(null), null);
    assert.equal(SIGNIFICANCE_MARK.up, '▲');
    assert.equal(SIGNIFICANCE_MARK.down, '▼');
  });
});

describe('trend rows', () => {
  const trends: Trends = {
    areaCode: 'WK050501',
    survey: [
      {
        indicatorCode: 'feels-unsafe-buurt',
        points: [
          { year: 2021, value: 30, margin: 4.5, n: 400, suppressed: false, vsPrevious: null },
          {
            year: 2023,
            value: 22,
            margin: 4,
            n: 380,
            suppressed: false,
            vsPrevious: { difference: -8, z: -2.65, significant: true, fromYear: 2021 },
          },
        ],
        overall: { difference: -8, z: -2.65, significant: true, fromYear: 2021, toYear: 2023 },
      },
    ],
    crime: [{ year: 2023, ratePer1000: 117.8 }],
    pulse: [{ year: 2026, n: 3, meanNight: null, suppressed: true }],
    method: '',
  };
  it('puts crime and pulse per year side by side; crime undefined when not loaded', () => {
    const rows = yearRows(trends, 2022, 2026);
    assert.deepEqual(
      rows.map((r) => r.year),
      [2022, 2023, 2024, 2025, 2026],
    );
    assert.equal(rows[0]!.crime, undefined);
    assert.equal(rows[1]!.crime, 117.8);
    assert.deepEqual([rows[4]!.pulseN, rows[4]!.pulseSuppressed], [3, true]);
  });
  it('keeps only years with any figure, and marks survey cells with their test', () => {
    const years = yearsWithData(trends, 2021, 2026);
    assert.deepEqual(years, [2021, 2023, 2026]);
    const cells = surveyCells(trends.survey[0]!.points, years);
    assert.deepEqual(
      cells.map((c) => c.significance),
      [null, 'down', null],
    );
    assert.equal(cells[2]!.point, null);
  });
});
