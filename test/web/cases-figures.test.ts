/**
 * The PGA figures page's pure helpers (suppressed values as "—", percentages, month names, the
 * query URL) and its texts, and the portfolio panel's texts: every key in Dutch and English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import casesEn from '../../web/src/pages/cases/en.json' with { type: 'json' };
import casesNl from '../../web/src/pages/cases/nl.json' with { type: 'json' };
import panelEn from '../../web/src/pages/missions/case-figures.en.json' with { type: 'json' };
import panelNl from '../../web/src/pages/missions/case-figures.nl.json' with { type: 'json' };
import { figuresUrl } from '../../web/src/pages/cases/api-figures.ts';
import { anySuppressed, countText, daysText, monthName, shareText, yearChoices } from '../../web/src/pages/cases/figures-format.ts';

const keysOf = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('PGA figures: formatting', () => {
  it('shows a suppressed value as a dash and the others in the language', () => {
    assert.equal(countText(null, 'nl-NL'), '—');
    assert.equal(countText(1234, 'nl-NL'), '1.234');
    assert.equal(countText(0, 'en-GB'), '0');
    assert.equal(shareText(null, 'nl-NL'), '—');
    assert.equal(shareText(0.667, 'en-GB'), '67%');
    assert.equal(daysText(120, 'nl-NL'), '120');
    assert.equal(anySuppressed([1, null]), true);
    assert.equal(anySuppressed([0, 5]), false);
  });

  it('names months and offers this year and the five before it', () => {
    assert.equal(monthName('2025-03', 'nl-NL'), 'maart');
    assert.equal(monthName('2025-12', 'en-GB'), 'December');
    assert.deepEqual(yearChoices(new Date('2026-05-01T12:00:00Z')), [2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('asks only for what is chosen', () => {
    assert.equal(figuresUrl({}), '/api/v1/cases/figures');
    assert.equal(figuresUrl({ year: 2025 }), '/api/v1/cases/figures?year=2025');
    assert.equal(figuresUrl({ year: 2025, area: 'WK050501' }), '/api/v1/cases/figures?year=2025&area=WK050501');
  });
});

describe('PGA figures: texts', () => {
  it('has the figures page and the portfolio panel in Dutch and English with the same keys', () => {
    assert.deepEqual(keysOf(casesEn.figures).sort(), keysOf(casesNl.figures).sort());
    assert.notEqual(casesEn.figures.title, casesNl.figures.title);
    assert.deepEqual(keysOf(panelEn).sort(), keysOf(panelNl).sort());
    assert.notEqual(panelEn.title, panelNl.title);
  });
});
