/** The search form of the processing log: person, or another data subject; actor, activity, status, period. */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { whoOf } from './format.ts';
import {
  accountLabel,
  EMPTY_FORM,
  type FormError,
  LOG_ACTIVITIES,
  LOG_STATUSES,
  type LogForm as Form,
  SUBJECT_TYPES,
} from './log-query.ts';
import type { UserView } from './types.ts';

interface Props {
  form: Form;
  users: readonly UserView[];
  error: FormError | null;
  busy: boolean;
  onChange(form: Form): void;
  onSearch(): void;
}

export function LogForm({ form, users, error, busy, onChange, onSearch }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof Form) => (e: { target: { value: string } }) => onChange({ ...form, [key]: e.target.value });
  const errorOf = (...keys: FormError[]) => (error && keys.includes(error) ? t(`beheer.log.errors.${error}`) : null);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch();
  }
  return (
    <form className="action-form log-form" onSubmit={submit} aria-labelledby="log-search-title">
      <h2 id="log-search-title">{t('beheer.log.search.title')}</h2>
      <div className="log-fields">
        <Field
          id="log-person"
          label={t('beheer.log.search.person')}
          hint={t('beheer.log.search.personHint')}
          error={errorOf('unknownPerson', 'personAndSubject')}
        >
          <input type="text" list="log-person-list" autoComplete="off" value={form.person} onChange={set('person')} />
        </Field>
        <datalist id="log-person-list">
          {users.map((u) => (
            <option key={u.id} value={u.email}>
              {whoOf(u)}
            </option>
          ))}
        </datalist>
        <Field id="log-subject-type" label={t('beheer.log.search.subjectType')} error={errorOf('subjectIncomplete')}>
          <select value={form.subjectType} onChange={set('subjectType')}>
            <option value="">{t('beheer.log.search.any')}</option>
            {SUBJECT_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`beheer.log.subjectTypes.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-subject-id" label={t('beheer.log.search.subjectId')} hint={t('beheer.log.search.subjectIdHint')}>
          <input type="text" autoComplete="off" maxLength={200} value={form.subjectId} onChange={set('subjectId')} />
        </Field>
        <Field id="log-actor" label={t('beheer.log.search.actor')}>
          <select value={form.actor} onChange={set('actor')}>
            <option value="">{t('beheer.log.search.any')}</option>
            {users.map((u) => (
              <option key={u.id} value={`user:${u.id}`}>
                {accountLabel(u)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-activity" label={t('beheer.log.search.activity')}>
          <select value={form.activity} onChange={set('activity')}>
            <option value="">{t('beheer.log.search.any')}</option>
            {LOG_ACTIVITIES.map((a) => (
              <option key={a} value={a}>
                {t(`beheer.log.activities.${a}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-status" label={t('beheer.log.search.status')}>
          <select value={form.status} onChange={set('status')}>
            <option value="">{t('beheer.log.search.any')}</option>
            {LOG_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`beheer.log.statuses.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-from" label={t('beheer.log.search.from')} error={errorOf('periodReversed')}>
          <input type="date" value={form.from} onChange={set('from')} />
        </Field>
        <Field id="log-to" label={t('beheer.log.search.to')}>
          <input type="date" value={form.to} onChange={set('to')} />
        </Field>
      </div>
      <div className="log-buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {t('beheer.log.search.submit')}
        </button>
        <button type="button" className="button" onClick={() => onChange(EMPTY_FORM)}>
          {t('beheer.log.search.clear')}
        </button>
      </div>
    </form>
  );
}
