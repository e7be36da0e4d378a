import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import { initialLanguage, localeOf, otherLanguage } from '../../web/src/i18n/language.ts';
import { homeModule, MODULES, moduleForPath, networkSectionFor, visibleModules } from '../../web/src/shell/routes.ts';

/** The permissions of two roles as src/core/roles.ts gives them (the session reply carries them). */
const VIEWER = [
  'areas:read',
  'incidents:read',
  'analysis:read',
  'signals:read',
  'perception:read',
  'missions:read',
  'network:read',
  'cases:figures',
];
const PARTNER = ['areas:read', 'incidents:read', 'perception:read', 'signals:partner', 'cases:participate'];

/** Every key path of a nested resource object, e.g. "nav.kaart". */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('routing', () => {
  it('shows Beheer only with the users:manage permission', () => {
    assert.equal(
      visibleModules(['areas:read']).some((m) => m.id === 'beheer'),
      false,
    );
    assert.equal(
      visibleModules(['areas:read', 'users:manage']).some((m) => m.id === 'beheer'),
      true,
    );
  });
  it('maps paths to modules and unknown or forbidden paths to the map', () => {
    assert.equal(moduleForPath('/', VIEWER).id, 'kaart');
    assert.equal(moduleForPath('/analyse/', VIEWER).id, 'analyse');
    assert.equal(moduleForPath('/Meldingen', VIEWER).id, 'meldingen');
    assert.equal(moduleForPath('/nope', VIEWER).id, 'kaart');
    assert.equal(moduleForPath('/beheer', ['areas:read']).id, 'kaart');
    assert.equal(moduleForPath('/beheer', ['users:manage']).id, 'beheer');
    assert.equal(moduleForPath('/analyse', ['areas:read']).id, 'kaart', 'no analysis link without analysis:read');
  });
  it('shows a partner account only what it can use, and its inbox as home', () => {
    assert.deepEqual(
      visibleModules(PARTNER).map((m) => m.id),
      ['meldingen', 'beleving', 'opgaven', 'netwerk', 'casussen'],
    );
    assert.equal(homeModule(PARTNER).id, 'meldingen');
    assert.equal(moduleForPath('/', PARTNER).id, 'meldingen', 'the partner lands on its inbox');
    assert.equal(moduleForPath('/analyse', PARTNER).id, 'meldingen');
    assert.equal(moduleForPath('/beheer', PARTNER).id, 'meldingen');
    assert.equal(moduleForPath('/opgaven/0b6f7a52-43c4-4a43-9a0c-7d3c1b0e6f11', PARTNER).id, 'opgaven');
    assert.equal(moduleForPath('/netwerk/partners', PARTNER).id, 'netwerk', 'a partner reads its organisation under Netwerk');
    assert.deepEqual(
      visibleModules(VIEWER).map((m) => m.id),
      ['kaart', 'analyse', 'meldingen', 'beleving', 'opgaven', 'netwerk', 'casussen'],
    );
    assert.deepEqual(
      visibleModules(VIEWER.filter((p) => p !== 'cases:figures')).map((m) => m.id),
      ['kaart', 'analyse', 'meldingen', 'beleving', 'opgaven', 'netwerk'],
      'Casussen only with a way in (assigned work, review or figures)',
    );
  });
});

describe('Netwerk parts', () => {
  it('maps each path under /netwerk to its part, the overview for the rest', () => {
    assert.equal(networkSectionFor('/netwerk'), 'overview');
    assert.equal(networkSectionFor('/netwerk/gebied/WK050511'), 'overview');
    assert.equal(networkSectionFor('/netwerk/partners/'), 'partners');
    assert.equal(networkSectionFor('/netwerk/Partners/0b6f7a52-43c4-4a43-9a0c-7d3c1b0e6f11'), 'partners');
    assert.equal(networkSectionFor('/netwerk/initiatieven'), 'initiatives');
    assert.equal(networkSectionFor('/netwerk/jeugdgroepen/x'), 'youth-groups');
    assert.equal(networkSectionFor('/netwerk/doelgroepen'), 'target-groups');
    assert.equal(networkSectionFor('/netwerk/partnersx'), 'overview');
  });
});

describe('language', () => {
  it('starts in Dutch unless English was chosen before', () => {
    assert.equal(initialLanguage(null), 'nl');
    assert.equal(initialLanguage('de'), 'nl');
    assert.equal(initialLanguage('en'), 'en');
    assert.equal(otherLanguage('nl'), 'en');
    assert.equal(otherLanguage('en'), 'nl');
    assert.equal(localeOf('nl'), 'nl-NL');
  });
  it('has the same keys in Dutch and English, and a label and description for every module', () => {
    assert.deepEqual(keys(en).sort(), keys(nl).sort());
    for (const m of MODULES) {
      assert.ok(keys(nl).includes(`nav.${m.id}`), `nav.${m.id}`);
      if (!m.available) assert.ok(keys(nl).includes(`notYet.${m.id}`), `notYet.${m.id}`);
    }
  });
});
