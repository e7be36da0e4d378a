/** The case pages' pure parts: the new-case body, the list query, criterion names, texts in both languages. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listQueryString } from '../../web/src/pages/cases/api-cases.ts';
import { EMPTY_CASE_FORM, newCaseBody, toggle } from '../../web/src/pages/cases/case-form.ts';
import { CLOSING_REASONS, criterionNames } from '../../web/src/pages/cases/case-format.ts';
import en from '../../web/src/pages/cases/en.json' with { type: 'json' };
import nl from '../../web/src/pages/cases/nl.json' with { type: 'json' };

const keysOf = (o: unknown, prefix = ''): string[] =>
  o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe('case pages', () => {
  it('builds the POST /cases body: empty fields out, household rows without a relation dropped, the chosen legal basis only', () => {
    const body = newCaseBody({
      ...EMPTY_CASE_FORM,
      name: ' Jan ',
      bsn: '',
      criteria: ['top-x'],
      basisKind: 'text',
      agreementId: 'ignored',
      legalBasis: ' Convenant ZVH ',
      household: [
        { name: 'Moeder', birthDate: '', relation: 'moeder' },
        { name: 'Niemand', birthDate: '', relation: ' ' },
      ],
      memberIds: ['u1'],
    });
    assert.deepEqual(body.person, { name: 'Jan', birthDate: null, bsn: null, address: null });
    assert.equal(body.legalBasis, 'Convenant ZVH');
    assert.equal('agreementId' in body, false);
    assert.deepEqual(body.household, [{ relation: 'moeder', name: 'Moeder', birthDate: null }]);
    assert.deepEqual(body.members, [{ userId: 'u1' }]);
    const covenant = newCaseBody({ ...EMPTY_CASE_FORM, basisKind: 'covenant', agreementId: 'a1', legalBasis: 'x' });
    assert.equal(covenant.agreementId, 'a1');
    assert.equal('legalBasis' in covenant, false);
  });

  it('toggles choices and writes only the filters that are set', () => {
    assert.deepEqual(toggle(['a'], 'b', true), ['a', 'b']);
    assert.deepEqual(toggle(['a', 'b'], 'a', false), ['b']);
    assert.equal(listQueryString({}), '');
    assert.equal(listQueryString({ status: 'monitoring', q: 'jan de' }), '?status=monitoring&q=jan+de');
  });

  it('names criteria in the language, the code when unknown', () => {
    const names = criterionNames(
      [{ code: 'top-x', nameNl: 'Top-X / veelpleger', nameEn: 'Top-X / prolific offender', active: true }],
      'en',
    );
    assert.equal(names('top-x'), 'Top-X / prolific offender');
    assert.equal(names('other'), 'other');
  });

  it('has every text of the list, new-case and case pages in Dutch and English, closing reasons included', () => {
    const mine = (o: Record<string, unknown>) => keysOf({ list: o.list, new: o.new, case: o.case }).sort();
    assert.deepEqual(mine(nl), mine(en));
    for (const r of CLOSING_REASONS) {
      assert.ok((nl.case.closing as Record<string, string>)[r], r);
      assert.notEqual((nl.case.closing as Record<string, string>)[r], undefined);
    }
    assert.notEqual(nl.case.timeline, en.case.timeline);
  });
});
