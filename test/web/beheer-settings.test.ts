/** Beheer → Instellingen: the form's fields from the reply, and the change it sends. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeOf, draftOf } from '../../web/src/pages/beheer/settings-form.ts';
import { sectionFor, visibleSections } from '../../web/src/pages/beheer/paths.ts';
import type { SettingsView } from '../../web/src/pages/beheer/types.ts';

const env = {
  name: null,
  mapBackground: 'none' as const,
  baseYear: null,
  minCellCount: 5,
  perceptionMinRespondents: 50,
  pulseMinAnswers: 10,
};
const view = (over: Partial<SettingsView> = {}): SettingsView => ({
  municipality: { code: 'GM9999', areaName: 'Voorbeeldstad' },
  settings: env,
  environment: env,
  stored: [],
  safeMinimums: { minCellCount: 3, perceptionMinRespondents: 30, pulseMinAnswers: 5 },
  warnings: [],
  changes: [],
  ...over,
});

describe('Beheer page: settings', () => {
  it('is a section for settings:manage at /beheer/instellingen', () => {
    assert.deepEqual(
      visibleSections(['settings:manage']).map((s) => s.id),
      ['settings'],
    );
    assert.equal(sectionFor('/beheer/instellingen', ['users:manage', 'settings:manage'])?.id, 'settings');
  });

  it('fills the name only when it was changed; empty and environment values are sent as null', () => {
    const d = draftOf(view());
    assert.equal(d.name, '', 'the area files name is the placeholder, not a value');
    assert.deepEqual(changeOf(d, view()), {
      ok: true,
      body: { name: null, mapBackground: null, baseYear: null, minCellCount: null, perceptionMinRespondents: null, pulseMinAnswers: null },
    });
    const stored = view({ settings: { ...env, name: 'Voorbeeldstad-Noord', minCellCount: 7 }, stored: ['name', 'minCellCount'] });
    assert.equal(draftOf(stored).name, 'Voorbeeldstad-Noord');
    const change = changeOf({ ...draftOf(stored), mapBackground: 'pdok-brt', baseYear: ' 2022 ', pulseMinAnswers: '12' }, stored);
    assert.deepEqual(change, {
      ok: true,
      body: {
        name: 'Voorbeeldstad-Noord',
        mapBackground: 'pdok-brt',
        baseYear: 2022,
        minCellCount: 7,
        perceptionMinRespondents: null,
        pulseMinAnswers: 12,
      },
    });
  });

  it('refuses thresholds below the safe minimum, non-numbers and a bad year in their fields', () => {
    const change = changeOf({ ...draftOf(view()), minCellCount: '2', perceptionMinRespondents: 'veel', baseYear: '1800' }, view());
    assert.deepEqual(change, {
      ok: false,
      errors: {
        minCellCount: { key: 'belowMinimum', values: { min: 3 } },
        perceptionMinRespondents: { key: 'number' },
        baseYear: { key: 'year' },
      },
    });
  });
});
