/**
 * Beheer → Verwerkingslog: the search form as the `GET /api/v1/audit-log` query, and readable texts
 * for a record's activity and actor. Pure (no React, no fetch), so test/web checks it.
 */
import type { Query, Reply } from '../../api/types.ts';
import type { UserView } from './types.ts';

export type LogQuery = Query<'/api/v1/audit-log'>;
export type LogRecord = Reply<'/api/v1/audit-log'>['records'][number];
export type LogStatus = NonNullable<LogQuery['status']>;

export const LOG_PATH = '/api/v1/audit-log';
export const LOG_PAGE_SIZE = 50;
/** The most records one CSV export holds (the API states it in `x-row-cap`). */
export const LOG_EXPORT_CAP = 10_000;

/**
 * The register of processing activities (src/modules/audit/activities.ts), in its order; each has a
 * short name in nl.json/en.json under `log.activities`. test/web checks the list against the register.
 */
export const LOG_ACTIVITIES = [
  'accounts.authenticate',
  'accounts.manage',
  'audit.search',
  'audit.export',
  'signals.intake',
  'signals.contact',
  'signals.notify',
  'signals.subscribe',
  'signals.retention',
  'signals.read',
  'signals.export',
  'signals.track',
  'signals.partner',
  'mail.outbox',
  'mail.retention',
  'perception.moderate',
  'analysis.repeat-refs',
  'missions.manage',
  'initiatives.intake',
  'initiatives.contact',
  'initiatives.retention',
  'youthgroups.register',
  'network.contacts.read',
  'network.contacts.manage',
  'imports.run',
  'cases.read',
  'cases.manage',
  'cases.meetings',
  'cases.search',
  'cases.break-glass',
  'cases.review',
  'cases.export',
  'cases.retention',
  'powers.decisions.read',
  'powers.decisions.manage',
] as const;

/** The kinds of data subject other than accounts that the search offers (an account is searched as a person). */
export const SUBJECT_TYPES = ['signal-reporter', 'subscriber'] as const;
export const LOG_STATUSES = ['OK', 'ERROR', 'DENIED'] as const satisfies readonly LogStatus[];

/** What the admin typed or chose in the search form; empty strings are "any". */
export interface LogForm {
  /** An account's e-mail address (or name): searched under that person's pseudonym. */
  person: string;
  subjectType: string;
  subjectId: string;
  /** `user:<id>` of the account that did the processing. */
  actor: string;
  activity: string;
  status: string;
  /** Dates `YYYY-MM-DD`, both inclusive. */
  from: string;
  to: string;
}

export const EMPTY_FORM: LogForm = { person: '', subjectType: '', subjectId: '', actor: '', activity: '', status: '', from: '', to: '' };

export type FormError = 'unknownPerson' | 'personAndSubject' | 'subjectIncomplete' | 'periodReversed' | 'unknownReport';

/** A report's number as residents and staff know it (M-2026-000123). */
const REPORT_NUMBER = /^M-\d{4}-\d{6}$/i;

/**
 * The report number a reporter search names, when the admin typed one instead of the report's
 * internal id: the log knows a reporter under that id, so the page looks it up first.
 */
export function reportNumberToResolve(query: Partial<LogQuery>): string | null {
  return query.subjectType === 'signal-reporter' && REPORT_NUMBER.test(query.subjectId ?? '')
    ? (query.subjectId ?? '').toUpperCase()
    : null;
}

/** The account a person field names: its e-mail address or its name, case and spaces ignored. */
export function findPerson(text: string, users: readonly Pick<UserView, 'id' | 'email' | 'displayName'>[]) {
  const want = text.trim().toLowerCase();
  if (!want) return null;
  return users.find((u) => u.email.toLowerCase() === want) ?? users.find((u) => u.displayName?.trim().toLowerCase() === want) ?? null;
}

/** Start of a local calendar day as an ISO instant; `plusDays` 1 gives the end of an inclusive "to". */
export function dayStart(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays).toISOString();
}

/** The form as the API's filters (no paging), or which field is wrong. */
export function formToQuery(
  form: LogForm,
  users: readonly Pick<UserView, 'id' | 'email' | 'displayName'>[],
): { query: Partial<LogQuery> } | { error: FormError } {
  const q: Partial<LogQuery> = {};
  const subjectGiven = Boolean(form.subjectType || form.subjectId.trim());
  if (form.person.trim()) {
    if (subjectGiven) return { error: 'personAndSubject' };
    const user = findPerson(form.person, users);
    if (!user) return { error: 'unknownPerson' };
    q.subjectType = 'user';
    q.subjectId = user.id;
  } else if (subjectGiven) {
    if (!form.subjectType || !form.subjectId.trim()) return { error: 'subjectIncomplete' };
    q.subjectType = form.subjectType;
    q.subjectId = form.subjectId.trim();
  }
  if (form.from && form.to && form.from > form.to) return { error: 'periodReversed' };
  if (form.from) q.from = dayStart(form.from);
  if (form.to) q.to = dayStart(form.to, 1);
  if (form.actor) q.actor = form.actor;
  if (form.activity) q.activity = form.activity;
  if ((LOG_STATUSES as readonly string[]).includes(form.status)) q.status = form.status as LogStatus;
  return { query: q };
}

/** The query string of a search page or the CSV export. */
export function logUrl(query: Partial<LogQuery>, extra: { before?: number | null; format?: 'csv' } = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  if (extra.format === 'csv') params.set('format', 'csv');
  else {
    params.set('limit', String(LOG_PAGE_SIZE));
    if (extra.before) params.set('before', String(extra.before));
  }
  return `${LOG_PATH}?${params}`;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** An account as the log page names it: "name (e-mail address)", or the address alone. */
export const accountLabel = (u: Pick<UserView, 'email' | 'displayName'>) => (u.displayName ? `${u.displayName} (${u.email})` : u.email);

/** Who did it: an account's name or e-mail address, the system job, or anonymous. */
export function actorText(actor: string, users: readonly Pick<UserView, 'id' | 'email' | 'displayName'>[], t: T): string {
  if (actor === 'anonymous') return t('beheer.log.actor.anonymous');
  if (actor.startsWith('system:')) return t('beheer.log.actor.system', { name: actor.slice('system:'.length) });
  if (actor.startsWith('user:')) {
    const u = users.find((x) => x.id === actor.slice('user:'.length));
    return u ? accountLabel(u) : t('beheer.log.actor.unknownUser');
  }
  return actor;
}

/** The short name of an activity; an id outside the list shows the register's own description. */
export function activityText(record: Pick<LogRecord, 'processingActivityId' | 'name'>, t: T): string {
  return (LOG_ACTIVITIES as readonly string[]).includes(record.processingActivityId)
    ? t(`beheer.log.activities.${record.processingActivityId}`)
    : record.name;
}
