import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import { initialLanguage, localeOf, otherLanguage } from '../../web/src/i18n/language.ts';
import { MODULES, moduleForPath, visibleModules } from '../../web/src/shell/routes.ts';

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
    assert.equal(moduleForPath('/', []).id, 'kaart');
    assert.equal(moduleForPath('/analyse/', []).id, 'analyse');
    assert.equal(moduleForPath('/Meldingen', []).id, 'meldingen');
    assert.equal(moduleForPath('/nope', []).id, 'kaart');
    assert.equal(moduleForPath('/beheer', ['areas:read']).id, 'kaart');
    assert.equal(moduleForPath('/beheer', ['users:manage']).id, 'beheer');
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
