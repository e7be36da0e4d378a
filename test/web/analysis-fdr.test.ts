/** The Analyse page's FDR note (FdrLimitNote) and the advice it shows, with the page's own texts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/pages/analysis/en.json' with { type: 'json' };
import nl from '../../web/src/pages/analysis/nl.json' with { type: 'json' };
import { fdrAdvice, PERMUTATION_CHOICES } from '../../web/src/pages/analysis/fdr-advice.ts';
import { parseState } from '../../web/src/pages/analysis/state.ts';
import type { FdrCheck } from '../../web/src/pages/analysis/types.ts';

/** i18next-style interpolation of {{name}}. */
const fill = (text: string, params: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? `{{${k}}}`);

const grid: FdrCheck = {
  fdr: 0.05,
  units: 9834,
  permutations: 999,
  pFloor: 0.001,
  minUnitsAtFloor: 197,
  unitsAtFloor: 12,
  significant: 0,
  limitedByPermutations: true,
  permutationsForOneUnit: 196_679,
  maxPermutations: 2033,
  advice: 'analytic-p',
  explanation: '…',
};

describe('FDR note on the Analyse page', () => {
  it("the issue's grid: says why nothing is significant, in Dutch with Dutch numbers, and offers only the normal approximation", () => {
    const a = fdrAdvice(grid, 'nl')!;
    assert.equal(a.permutations, null, '196,679 permutations do not fit the time budget');
    assert.equal(a.noneSignificant, true);
    assert.equal(
      fill(nl.hotspots.fdrLimit, a.params),
      'Met 999 permutaties is de kleinste pSim 0,001. De FDR-correctie over 9.834 eenheden kan dan alleen groepen van minstens 197 eenheden aanwijzen die (vrijwel) die ondergrens halen; hier halen 12 eenheden die.',
    );
    assert.match(nl.hotspots.fdrLimitNone, /geen enkele eenheid significant/);
    assert.match(nl.hotspots.fdrUseAnalytic, /normale benadering/);
    assert.match(fill(en.hotspots.fdrLimit, fdrAdvice(grid, 'en')!.params), /at least 197 units .* here 12 units reach it/);
  });

  it('buurten: offers the smallest permutation choice that lets one unit pass within the budget, and the URL keeps it', () => {
    const a = fdrAdvice(
      {
        ...grid,
        units: 150,
        minUnitsAtFloor: 3,
        unitsAtFloor: 1,
        permutationsForOneUnit: 2999,
        maxPermutations: 99_999,
        advice: 'more-permutations',
      },
      'nl',
    )!;
    assert.equal(a.permutations, '2999');
    assert.ok(PERMUTATION_CHOICES.includes(a.permutations as (typeof PERMUTATION_CHOICES)[number]));
    assert.equal(fill(nl.hotspots.fdrUsePermutations, { permutations: a.permutations! }), 'Gebruik 2999 permutaties');
    assert.equal(parseState('/analyse/hotspots', '?permutations=2999&fdr=0.05').options.permutations, '2999');
  });

  it('nothing to say without the limit (no fdr, the normal approximation, or enough permutations)', () => {
    assert.equal(fdrAdvice(null, 'nl'), null);
    assert.equal(fdrAdvice({ ...grid, limitedByPermutations: false, permutations: 0, pFloor: 0 }, 'nl'), null);
  });
});
