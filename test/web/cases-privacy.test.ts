/**
 * The privacy pages of Casussen without a browser: the need-to-know problem read back in the
 * break-glass dialog, the search body, the reason rule, the texts in both languages, and the privacy
 * officer's way in (Beheer shows only the processing log; Casussen shows the review and figures).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseNeedToKnow } from '../../src/core/errors.ts';
import { PERMISSIONS, roleAllows } from '../../src/core/roles.ts';
import { SECTIONS, visibleSections } from '../../web/src/pages/beheer/paths.ts';
import en from '../../web/src/pages/cases/en.json' with { type: 'json' };
import nl from '../../web/src/pages/cases/nl.json' with { type: 'json' };
import { needToKnowOf, reasonReady, searchBodyOf } from '../../web/src/pages/cases/privacy-format.ts';
import { visibleModules } from '../../web/src/shell/routes.ts';
import { ADMINISTRATION_PERMISSIONS, capabilitiesOf } from '../../web/src/ui/capabilities.ts';

const permissionsOf = (role: Parameters<typeof roleAllows>[0]) => PERMISSIONS.filter((p) => roleAllows(role, p));
const keys = (obj: unknown, prefix = ''): string[] =>
  Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('cases privacy pages', () => {
  it('reads the case reference and procesregisseur back from the API’s need-to-know problem', () => {
    assert.deepEqual(needToKnowOf(caseNeedToKnow('PGA-2026-0001', 'Anna de Regisseur', true).message), {
      reference: 'PGA-2026-0001',
      director: 'Anna de Regisseur',
    });
    assert.deepEqual(needToKnowOf(caseNeedToKnow('PGA-2026-0002', 'B. (Bea) Jansen', false).message), {
      reference: 'PGA-2026-0002',
      director: 'B. (Bea) Jansen',
    });
    assert.deepEqual(needToKnowOf(caseNeedToKnow('PGA-2026-0003', null, true).message), { reference: 'PGA-2026-0003', director: null });
    assert.equal(needToKnowOf('Something else went wrong.'), null);
  });

  it('sends only the fields of the chosen way of searching', () => {
    const form = { name: ' Jan Fictief ', birthDate: '1990-01-02', bsn: ' 123 456 782 ' };
    assert.deepEqual(searchBodyOf('name', form), { name: 'Jan Fictief', birthDate: '1990-01-02' });
    assert.deepEqual(searchBodyOf('bsn', form), { bsn: '123 456 782' });
  });

  it('asks a break-glass reason of 20 to 1000 characters', () => {
    assert.equal(reasonReady('   te kort           '), false);
    assert.equal(reasonReady('Acuut gevaar, regisseur onbereikbaar'), true);
    assert.equal(reasonReady('x'.repeat(1001)), false);
  });

  it('has every privacy text in Dutch and English', () => {
    for (const part of ['search', 'breakGlass', 'review'] as const) {
      assert.deepEqual(keys(en[part]).sort(), keys(nl[part]).sort(), part);
    }
    assert.notEqual(en.search.title, nl.search.title);
  });

  it('shows Beheer to whoever may use one of its sections; the privacy officer sees only the processing log', () => {
    assert.deepEqual([...ADMINISTRATION_PERMISSIONS].sort(), [...new Set(SECTIONS.map((s) => s.requires))].sort());
    const privacy = permissionsOf('privacy');
    assert.ok(visibleModules(privacy).some((m) => m.id === 'beheer'));
    assert.deepEqual(
      visibleSections(privacy).map((s) => s.id),
      ['log'],
    );
    const caps = capabilitiesOf(privacy);
    assert.deepEqual(
      [caps.cases, caps.reviewCases, caps.searchCases, caps.breakGlass, caps.participateInCases],
      [true, true, false, false, false],
    );
    assert.ok(!visibleModules(permissionsOf('viewer')).some((m) => m.id === 'beheer'), 'a viewer has no section');
    assert.ok(visibleModules(permissionsOf('admin')).some((m) => m.id === 'beheer'));
  });
});
