import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import { actorKind, ageInDays, formatDate, formatShortDate } from '../../web/src/pages/signals/format.ts';
import {
  CLOSED_STATUSES,
  OPEN_STATUSES,
  isClosedStatus,
  statusExplanationKey,
  statusKey,
  statusTone,
} from '../../web/src/pages/signals/status.ts';
import {
  checkSplitParts,
  checkTransitionInput,
  normaliseMergeTarget,
  offeredActions,
  requiresText,
  splitIsValid,
} from '../../web/src/pages/signals/transitions.ts';
import { SIGNAL_STATUSES, type TransitionOption } from '../../web/src/pages/signals/types.ts';

function lookup(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

describe('status labels', () => {
  it('has a plain-language label and explanation for every status in Dutch and English', () => {
    for (const s of SIGNAL_STATUSES) {
      for (const res of [nl, en]) {
        assert.equal(typeof lookup(res, statusKey(s)!), 'string', `${s} label`);
        assert.equal(typeof lookup(res, statusExplanationKey(s)!), 'string', `${s} explanation`);
      }
    }
    assert.equal(lookup(nl, statusKey('waiting_for_reporter')!), 'Wacht op uw reactie');
    assert.equal(lookup(en, statusKey('reopen_requested')!), 'Reopen requested');
    assert.equal(statusKey('bogus'), null, 'unknown statuses fall back to the API label');
  });
  it('knows open and closed statuses and gives each a tone', () => {
    assert.deepEqual([...CLOSED_STATUSES], ['done', 'cancelled', 'split']);
    assert.equal(OPEN_STATUSES.length, 8);
    assert.equal(isClosedStatus('done'), true);
    assert.equal(isClosedStatus('reopen_requested'), false);
    assert.equal(isClosedStatus('split'), true);
    assert.equal(lookup(nl, statusKey('split')!), 'Gesplitst');
    assert.equal(statusTone('split'), 'cancelled');
    assert.deepEqual(
      ['new', 'in_progress', 'forwarded', 'done', 'cancelled'].map((s) => statusTone(s as never)),
      ['new', 'active', 'waiting', 'done', 'cancelled'],
    );
  });
});

const options: TransitionOption[] = [
  { to: 'accepted', label: 'In behandeling genomen', requiresText: false },
  { to: 'done', label: 'Afgehandeld', requiresText: true },
];
const detail = (p: Partial<Parameters<typeof offeredActions>[0]> = {}) => ({
  allowedTransitions: options,
  hasContact: true,
  mergedIntoId: null,
  permissions: { handle: true, viewContact: true, split: true, merge: true, edit: true, publish: true, returnToMunicipality: false },
  ...p,
});

describe('transition offering', () => {
  it('offers only what the API reply allows', () => {
    assert.deepEqual(offeredActions(detail()), {
      transitions: options,
      note: true,
      assign: true,
      split: true,
      merge: true,
      contact: true,
      handBack: false,
    });
    const viewer = offeredActions(
      detail({
        allowedTransitions: [],
        permissions: {
          handle: false,
          viewContact: false,
          split: false,
          merge: false,
          edit: false,
          publish: false,
          returnToMunicipality: false,
        },
      }),
    );
    assert.deepEqual(viewer, { transitions: [], note: false, assign: false, split: false, merge: false, contact: false, handBack: false });
    assert.equal(offeredActions(detail({ hasContact: false })).contact, false, 'no contact button without contact details');
    assert.equal(offeredActions(detail({ mergedIntoId: 'x' })).assign, false, 'a merged report is handled in the other one');
    // A partner the report was forwarded to: it handles (status, notes) and may hand it back, but routing stays with staff.
    const partner = offeredActions(
      detail({
        hasContact: true,
        permissions: {
          handle: true,
          viewContact: false,
          split: false,
          merge: false,
          edit: false,
          publish: false,
          returnToMunicipality: true,
        },
      }),
    );
    assert.deepEqual(partner, {
      transitions: options,
      note: true,
      assign: false,
      split: false,
      merge: false,
      contact: false,
      handBack: true,
    });
    assert.deepEqual(
      offeredActions(detail({ status: 'split' })),
      { transitions: [], note: false, assign: false, split: false, merge: false, contact: true, handBack: false },
      'a split report is only read (its parts are handled); the contact details stay viewable',
    );
  });
  it('requires a text where the API says so', () => {
    assert.equal(checkTransitionInput(options, '', ''), 'choose');
    assert.equal(checkTransitionInput(options, 'planned', ''), 'not-allowed');
    assert.equal(checkTransitionInput(options, 'accepted', ''), null);
    assert.equal(checkTransitionInput(options, 'done', ' ok '), 'text-required');
    assert.equal(checkTransitionInput(options, 'done', 'De lamp is vervangen.'), null);
    assert.equal(requiresText(options, 'done'), true);
    assert.equal(requiresText(options, 'accepted'), false);
  });
  it('checks split parts and merge targets', () => {
    assert.equal(splitIsValid([{ categorySlug: 'groen', description: 'Boom' }]), false, 'at least two parts');
    assert.deepEqual(
      checkSplitParts([
        { categorySlug: '', description: 'ab' },
        { categorySlug: 'groen', description: 'Tak' },
      ]).parts,
      [{ categorySlug: 'required', description: 'tooShort' }, {}],
    );
    assert.equal(
      splitIsValid([
        { categorySlug: 'groen', description: 'Boom' },
        { categorySlug: 'afval-dumping', description: 'Vuilniszakken' },
      ]),
      true,
    );
    assert.deepEqual(normaliseMergeTarget(' m-2026-000001 ', 'M-2026-000002'), { number: 'M-2026-000001' });
    assert.deepEqual(normaliseMergeTarget('M-2026-000002', 'M-2026-000002'), { error: 'self' });
    assert.deepEqual(normaliseMergeTarget('2026-1', 'M-2026-000002'), { error: 'format' });
  });
});

describe('dates and actors', () => {
  it('formats dates in the interface language (Amsterdam time)', () => {
    assert.equal(formatDate('2026-03-05', 'nl'), '5 maart 2026');
    assert.equal(formatDate('2026-03-05', 'en'), '5 March 2026');
    assert.equal(formatShortDate('2026-12-31T23:30:00Z', 'nl'), '01-01-2027');
    assert.equal(formatDate(null, 'nl'), '');
    assert.equal(ageInDays('2026-01-01T00:00:00Z', Date.parse('2026-01-03T12:00:00Z')), 2);
  });
  it('names who acted without exposing ids', () => {
    assert.equal(actorKind('user:abc', 'abc'), 'me');
    assert.equal(actorKind('user:def', 'abc'), 'staff');
    assert.equal(actorKind('anonymous', 'abc'), 'reporter');
    assert.equal(actorKind('system:feedback', null), 'system');
  });
});
