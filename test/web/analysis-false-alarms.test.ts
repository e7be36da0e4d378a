/** The line under the current alerts (AlertsList with falseAlarms): series tested and alarms expected by chance, with the page's own texts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/pages/analysis/en.json' with { type: 'json' };
import nl from '../../web/src/pages/analysis/nl.json' with { type: 'json' };
import { falseAlarmValues } from '../../web/src/pages/analysis/false-alarms.ts';

/** i18next-style interpolation of {{name}}. */
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? `{{${k}}}`));

describe('false-alarm line of the current alerts', () => {
  it('312 series × 2 weeks at 1 %: ~6 false alarms, in Dutch and English', () => {
    const fa = { seriesTested: 312, weeks: 2, ratePerSeriesWeek: 0.01, expected: 6.24 };
    const v = falseAlarmValues(fa, 9, 'nl');
    assert.equal(v.count, 312);
    assert.equal(
      fill(nl.trends.falseAlarms_other, v),
      '312 reeksen getoetst over 2 weken; bij 1 % vals alarm per reeks per week zijn ~6,2 valse alarmen te verwachten (gevonden: 9 signaleringen).',
    );
    assert.equal(
      fill(en.trends.falseAlarms_other, falseAlarmValues(fa, 9, 'en')),
      '312 series tested over 2 weeks; at 1 % false alarms per series per week, ~6.2 false alarms are expected by chance (found: 9 alerts).',
    );
  });

  it('Dutch thousands and a half-percent rate; whole numbers from 10 expected alarms up', () => {
    const v = falseAlarmValues({ seriesTested: 1250, weeks: 13, ratePerSeriesWeek: 0.005, expected: 81.25 }, 0, 'nl');
    assert.deepEqual([v.series, v.rate, v.expected, v.found], ['1.250', '0,5 %', '81', '0']);
  });
});
