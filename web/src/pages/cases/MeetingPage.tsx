/** A case meeting: when and where, the attendees per organisation, the general minutes, and the agenda item by item. */
import './cases-plan.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { changeMeeting, getMeeting, type Meeting } from './api-meetings.ts';
import { formatWhen } from './meeting-format.ts';
import { MeetingItem } from './meeting-item.tsx';
import type { CasesPageProps } from './page-props.ts';
import { MEETINGS_PATH } from './paths.ts';
import { MEETING_STATUSES } from './plan-codes.ts';

export function MeetingPage({ id, csrf, onNavigate }: CasesPageProps & { id: string }) {
  const { t, i18n } = useTranslation();
  const [state, reload, set] = useAsync(() => getMeeting(id), [id]);
  const changed = (next?: Meeting) => (next ? set(next) : reload());
  return (
    <section className="page">
      <p>
        <a {...navLink(MEETINGS_PATH, onNavigate)}>{t('cases.meetings.back')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {state.status === 'error' && (
        <>
          <h1 tabIndex={-1}>{t('cases.meetings.title')}</h1>
          <p role="alert">{state.detail}</p>
        </>
      )}
      {state.status === 'ready' && (
        <>
          <h1 tabIndex={-1}>{state.data.title}</h1>
          <p>
            {formatWhen(state.data.startsAt, i18n.language)}
            {state.data.location ? ` · ${state.data.location}` : ''} · {t(`cases.meetings.statuses.${state.data.status}`)}
          </p>
          <h2>{t('cases.meetings.attendees')}</h2>
          <ul>
            {state.data.attendees.map((a) => (
              <li key={a.id}>{`${a.name} (${a.partner?.name ?? t('cases.plan.municipality')})`}</li>
            ))}
          </ul>
          <GeneralMinutes key={`${state.data.status}-${state.data.generalMinutes ?? ''}`} meeting={state.data} csrf={csrf} onSaved={set} />
          <h2>{t('cases.meetings.agenda')}</h2>
          <ol className="meeting-agenda">
            {state.data.agenda.map((item) => (
              <MeetingItem
                key={item.visible ? item.caseId : `hidden-${item.position}`}
                meetingId={id}
                item={item}
                csrf={csrf}
                onChanged={changed}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function GeneralMinutes({ meeting, csrf, onSaved }: { meeting: Meeting; csrf: string | null; onSaved(m: Meeting): void }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(meeting.generalMinutes ?? '');
  const [status, setStatus] = useState(meeting.status);
  const { busy, error, run } = useSubmit();
  if (!meeting.mayChange) {
    return meeting.generalMinutes ? (
      <>
        <h2>{t('cases.meetings.generalMinutes')}</h2>
        <p className="meeting-notes">{meeting.generalMinutes}</p>
      </>
    ) : null;
  }
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next = await run(() => changeMeeting(meeting.id, { generalMinutes: minutes || null, status }, csrf));
    if (next) onSaved(next);
  }
  return (
    <form onSubmit={submit} className="action-form">
      <Field id="meeting-minutes" label={t('cases.meetings.generalMinutes')} hint={t('cases.meetings.generalMinutesHint')}>
        <textarea rows={4} maxLength={8000} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </Field>
      <Field id="meeting-status" label={t('cases.meetings.status')}>
        <select value={status} onChange={(e) => setStatus(e.target.value as Meeting['status'])}>
          {MEETING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`cases.meetings.statuses.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {t('cases.meetings.saveMeeting')}
      </button>
    </form>
  );
}
