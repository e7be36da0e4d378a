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
  onSearch(): void | Promise<void>;
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  error?: string | null;
  onChange(value: string): void;
}

/** A labelled select whose first option, "all", means no filter. */
function Choice({ id, label, value, options, error, onChange }: ChoiceProps) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={label} error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('beheer.log.search.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function LogForm({ form, users, error, busy, onChange, onSearch }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof Form) => (value: string) => onChange({ ...form, [key]: value });
  const input = (key: keyof Form) => (e: { target: { value: string } }) => set(key)(e.target.value);
  const errorOf = (...keys: FormError[]) => (error && keys.includes(error) ? t(`beheer.log.errors.${error}`) : null);
  const label = (key: string) => t(`beheer.log.search.${key}`);
  function submit(e: FormEvent) {
    e.preventDefault();
    void onSearch();
  }
  return (
    <form className="action-form log-form" onSubmit={submit} aria-labelledby="log-search-title">
      <h2 id="log-search-title">{label('title')}</h2>
      <div className="log-fields">
        <Field id="log-person" label={label('person')} hint={label('personHint')} error={errorOf('unknownPerson', 'personAndSubject')}>
          <input type="text" list="log-person-list" autoComplete="off" value={form.person} onChange={input('person')} />
        </Field>
        <datalist id="log-person-list">
          {users.map((u) => (
            <option key={u.id} value={u.email}>
              {whoOf(u)}
            </option>
          ))}
        </datalist>
        <Choice
          id="log-subject-type"
          label={label('subjectType')}
          value={form.subjectType}
          error={errorOf('subjectIncomplete')}
          options={SUBJECT_TYPES.map((s) => ({ value: s, label: t(`beheer.log.subjectTypes.${s}`) }))}
          onChange={set('subjectType')}
        />
        <Field id="log-subject-id" label={label('subjectId')} hint={label('subjectIdHint')} error={errorOf('unknownReport')}>
          <input type="text" autoComplete="off" maxLength={200} value={form.subjectId} onChange={input('subjectId')} />
        </Field>
        <Choice
          id="log-actor"
          label={label('actor')}
          value={form.actor}
          options={users.map((u) => ({ value: `user:${u.id}`, label: accountLabel(u) }))}
          onChange={set('actor')}
        />
        <Choice
          id="log-activity"
          label={label('activity')}
          value={form.activity}
          options={LOG_ACTIVITIES.map((a) => ({ value: a, label: t(`beheer.log.activities.${a}`) }))}
          onChange={set('activity')}
        />
        <Choice
          id="log-status"
          label={label('status')}
          value={form.status}
          options={LOG_STATUSES.map((s) => ({ value: s, label: t(`beheer.log.statuses.${s}`) }))}
          onChange={set('status')}
        />
        <Field id="log-from" label={label('from')} error={errorOf('periodReversed')}>
          <input type="date" value={form.from} onChange={input('from')} />
        </Field>
        <Field id="log-to" label={label('to')}>
          <input type="date" value={form.to} onChange={input('to')} />
        </Field>
      </div>
      <div className="log-buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {label('submit')}
        </button>
        <button type="button" className="button" onClick={() => onChange(EMPTY_FORM)}>
          {label('clear')}
        </button>
      </div>
    </form>
  );
}
