/**
 * The near-repeat conclusion (knox.ts knoxConclusion + conclusionText) on hand-computed Knox tables:
 * ratio = observed / expected per cell, p given; the closest significant cell (ratio > 1, p < 0.05)
 * is the conclusion, in Dutch and English with the page's own texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/pages/analysis/en.json' with { type: 'json' };
import nl from '../../web/src/pages/analysis/nl.json' with { type: 'json' };
import { conclusionText, knoxConclusion, knoxGrid } from '../../web/src/pages/analysis/knox.ts';
import type { KnoxCell } from '../../web/src/pages/analysis/types.ts';

/** A translate function over the page texts with i18next-style {{name}} interpolation. */
const translator =
  (texts: unknown) =>
  (key: string, params: Record<string, unknown> = {}) => {
    const found = key
      .replace(/^analysis\./, '')
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], texts);
    assert.equal(typeof found, 'string', `text ${key}`);
    return (found as string).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
  };

const SPACE = ['0', '100', '200', 'Infinity'];
const TIME = ['0', '7', '14'];
/** Rows = space bands [0,100) [100,200) [200,∞); columns = time bands [0,7) [7,14): [observed, expected, p]. */
function table(rows: [number, number, number | null][][]) {
  const cells: KnoxCell[] = rows.flatMap((row, i) =>
    row.map(([o, e, p], j) => ({
      space: [SPACE[i]!, SPACE[i + 1]!],
      time: [TIME[j]!, TIME[j + 1]!],
      observed: o,
      expected: e,
      knoxRatio: o / e,
      p,
      knoxRatioSim: null,
      suppressed: false,
    })),
  );
  return knoxGrid(SPACE, TIME, cells);
}

describe('near-repeat conclusion', () => {
  it('significant: the closest cell with ratio > 1 and p < 0.05 — 18/10 = 1.8 within 100 m and 7 days', () => {
    const g = table([
      [
        [18, 10, 0.01],
        [30, 30, 0.52],
      ],
      [
        [40, 40, 0.55],
        [44, 40, 0.21],
      ],
      [
        [900, 800, 0.01],
        [950, 900, 0.02],
      ],
    ]);
    const c = knoxConclusion(g, 240, 99);
    assert.deepEqual(c, { kind: 'significant', space: ['0', '100'], time: ['0', '7'], ratio: 1.8, p: 0.01 });
    assert.equal(
      conclusionText(c, ['1.1.1'], translator(nl), 'nl'),
      'binnen 100 m en 7 dagen na een woninginbraak is de kans op een volgende 1,8× zo groot als bij toeval (p = 0,01).',
    );
    assert.equal(
      conclusionText(c, ['1.1.1'], translator(en), 'en'),
      'within 100 m and 7 days after a home burglary, the chance of another is 1.8× as high as by chance (p = 0.01).',
    );
  });

  it('closest first, not strongest: 14/10 at 0–100 m, 7–14 days beats 25/10 at 100–200 m', () => {
    const g = table([
      [
        [8, 10, 0.9],
        [14, 10, 0.03],
      ],
      [
        [25, 10, 0.01],
        [10, 10, 0.5],
      ],
      [
        [100, 100, 0.5],
        [100, 100, 0.5],
      ],
    ]);
    const c = knoxConclusion(g, 120, 99);
    assert.deepEqual(c, { kind: 'significant', space: ['0', '100'], time: ['7', '14'], ratio: 1.4, p: 0.03 });
    assert.equal(
      conclusionText(c, ['1.2.1', '1.2.2'], translator(nl), 'nl'),
      'binnen 100 m en 7–14 dagen na een feit is de kans op een volgende 1,4× zo groot als bij toeval (p = 0,03).',
    );
  });

  it('nothing significant: ratios above 1 without p < 0.05, fewer pairs than expected, or only the open band', () => {
    const g = table([
      [
        [12, 10, 0.2],
        [5, 10, 0.01],
      ],
      [
        [11, 10, 0.06],
        [10, 10, 0.5],
      ],
      [
        [300, 200, 0.01],
        [100, 100, 0.5],
      ],
    ]);
    const c = knoxConclusion(g, 80, 99);
    assert.deepEqual(c, { kind: 'none' });
    assert.match(conclusionText(c, ['1.1.1'], translator(nl), 'nl'), /^geen aanwijzing voor near-repeat/);
    assert.match(conclusionText(c, ['1.1.1'], translator(en), 'en'), /^no sign of near-repeat/);
  });

  it('too few events: below 30, or a suppressed count, says nothing about the cells', () => {
    const g = table([
      [
        [3, 1, 0.01],
        [0, 1, 1],
      ],
      [
        [0, 1, 1],
        [0, 1, 1],
      ],
      [
        [0, 1, 1],
        [0, 1, 1],
      ],
    ]);
    assert.deepEqual(knoxConclusion(g, 12, 99), { kind: 'too-few', events: 12 });
    assert.deepEqual(knoxConclusion(g, null, 99), { kind: 'too-few', events: null });
    assert.equal(
      conclusionText(knoxConclusion(g, 12, 99), ['1.1.1'], translator(nl), 'nl'),
      'te weinig gebeurtenissen (12) om iets over near-repeat te zeggen; neem een langere periode of een groter gebied (minstens 30).',
    );
  });

  it('without permutations there are no p-values and no conclusion', () => {
    const g = table([
      [
        [18, 10, null],
        [10, 10, null],
      ],
      [
        [10, 10, null],
        [10, 10, null],
      ],
      [
        [10, 10, null],
        [10, 10, null],
      ],
    ]);
    assert.deepEqual(knoxConclusion(g, 100, 0), { kind: 'untested' });
  });
});
