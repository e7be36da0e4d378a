import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROCESSING_ACTIVITIES } from '../../src/modules/audit/index.ts';
import { EXPORT_ROW_CAP } from '../../src/modules/audit/audit-export.ts';
import en from '../../web/src/pages/beheer/en.json' with { type: 'json' };
import nl from '../../web/src/pages/beheer/nl.json' with { type: 'json' };
import {
  activityText,
  actorText,
  dayStart,
  EMPTY_FORM,
  findPerson,
  formToQuery,
  LOG_ACTIVITIES,
  LOG_EXPORT_CAP,
  LOG_PAGE_SIZE,
  logUrl,
  reportNumberToResolve,
} from '../../web/src/pages/beheer/log-query.ts';
import { LOG_SECTION_PATH, sectionFor, visibleSections } from '../../web/src/pages/beheer/paths.ts';

const t = (key: string, vars: Record<string, unknown> = {}) => `${key}${JSON.stringify(vars)}`;
const PIET = { id: '00000000-0000-4000-8000-000000000001', email: 'Piet@Example.test', displayName: 'Piet Jansen' };
const ANON = { id: '00000000-0000-4000-8000-000000000002', email: 'nn@example.test', displayName: null };
const users = [PIET, ANON];
const path = (obj: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe('Beheer → Verwerkingslog: helpers', () => {
  it('lists every activity of the register, each with a Dutch and an English name', () => {
    assert.deepEqual([...LOG_ACTIVITIES].sort(), Object.keys(PROCESSING_ACTIVITIES).sort());
    for (const a of LOG_ACTIVITIES) {
      assert.equal(typeof path(nl.log.activities, a), 'string', `nl ${a}`);
      assert.equal(typeof path(en.log.activities, a), 'string', `en ${a}`);
    }
    assert.equal(LOG_EXPORT_CAP, EXPORT_ROW_CAP, 'the page states the API’s cap');
  });

  it('shows only to sessions with audit:read', () => {
    assert.deepEqual(
      visibleSections(['users:manage'])
        .map((s) => s.id)
        .includes('log'),
      false,
    );
    assert.equal(sectionFor(LOG_SECTION_PATH, ['users:manage', 'audit:read'])?.id, 'log');
    assert.equal(sectionFor(LOG_SECTION_PATH, ['audit:read'])?.id, 'log');
  });

  it('finds a person by e-mail address or name, case and spaces ignored', () => {
    assert.equal(findPerson(' piet@example.TEST ', users)?.id, PIET.id);
    assert.equal(findPerson('piet jansen', users)?.id, PIET.id);
    assert.equal(findPerson('nobody@example.test', users), null);
    assert.equal(findPerson('  ', users), null);
  });

  it('turns the form into the API’s filters: a person becomes the user subject, the period whole days', () => {
    const r = formToQuery(
      { ...EMPTY_FORM, person: 'piet@example.test', activity: 'accounts.manage', status: 'DENIED', from: '2026-03-01', to: '2026-03-01' },
      users,
    );
    assert.ok('query' in r);
    assert.equal(r.query.subjectType, 'user');
    assert.equal(r.query.subjectId, PIET.id);
    assert.equal(r.query.activity, 'accounts.manage');
    assert.equal(r.query.status, 'DENIED');
    assert.equal(Date.parse(r.query.to ?? '') - Date.parse(r.query.from ?? ''), 24 * 3600 * 1000, 'to is inclusive: the next day’s start');
    assert.equal(r.query.from, dayStart('2026-03-01'));
    assert.deepEqual(formToQuery(EMPTY_FORM, users), { query: {} });
    const other = formToQuery({ ...EMPTY_FORM, subjectType: 'signal-reporter', subjectId: ' abc ' }, users);
    assert.deepEqual(other, { query: { subjectType: 'signal-reporter', subjectId: 'abc' } });
  });

  it('names what is wrong in the form', () => {
    assert.deepEqual(formToQuery({ ...EMPTY_FORM, person: 'nobody@example.test' }, users), { error: 'unknownPerson' });
    assert.deepEqual(formToQuery({ ...EMPTY_FORM, person: 'piet jansen', subjectId: 'x' }, users), { error: 'personAndSubject' });
    assert.deepEqual(formToQuery({ ...EMPTY_FORM, subjectType: 'subscriber' }, users), { error: 'subjectIncomplete' });
    assert.deepEqual(formToQuery({ ...EMPTY_FORM, from: '2026-03-02', to: '2026-03-01' }, users), { error: 'periodReversed' });
  });

  it('builds the page and CSV URLs with the same filters', () => {
    const q = { activity: 'audit.search', subjectType: 'user', subjectId: PIET.id };
    const page = new URL(logUrl(q, { before: 42 }), 'http://x');
    assert.equal(page.pathname, '/api/v1/audit-log');
    assert.equal(page.searchParams.get('limit'), String(LOG_PAGE_SIZE));
    assert.equal(page.searchParams.get('before'), '42');
    const csv = new URL(logUrl(q, { format: 'csv' }), 'http://x');
    assert.equal(csv.searchParams.get('format'), 'csv');
    assert.equal(csv.searchParams.get('limit'), null);
    for (const [k, v] of Object.entries(q)) assert.equal(csv.searchParams.get(k), v);
    assert.equal(new URL(logUrl({}), 'http://x').searchParams.get('before'), null);
  });

  it('looks up a report number given for a reporter, and only then', () => {
    assert.equal(reportNumberToResolve({ subjectType: 'signal-reporter', subjectId: 'm-2026-000123' }), 'M-2026-000123');
    assert.equal(reportNumberToResolve({ subjectType: 'signal-reporter', subjectId: '6f1c2d3e-0000-4000-8000-000000000001' }), null);
    assert.equal(reportNumberToResolve({ subjectType: 'subscriber', subjectId: 'M-2026-000123' }), null);
    assert.equal(reportNumberToResolve({ subjectType: 'signal-reporter', subjectId: 'M-2026-00012' }), null);
  });

  it('names actors and activities readably', () => {
    assert.equal(actorText(`user:${PIET.id}`, users, t), 'Piet Jansen (Piet@Example.test)');
    assert.equal(actorText(`user:${ANON.id}`, users, t), 'nn@example.test');
    assert.equal(actorText('user:gone', users, t), 'beheer.log.actor.unknownUser{}');
    assert.equal(actorText('system:retention', users, t), 'beheer.log.actor.system{"name":"retention"}');
    assert.equal(actorText('anonymous', users, t), 'beheer.log.actor.anonymous{}');
    assert.equal(activityText({ processingActivityId: 'audit.search', name: 'x' }, t), 'beheer.log.activities.audit.search{}');
    assert.equal(activityText({ processingActivityId: 'future.thing', name: 'Iets nieuws' }, t), 'Iets nieuws');
  });
});
