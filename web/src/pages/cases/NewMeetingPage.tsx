/** A new case meeting: title, date and time, place, the cases on the agenda and the attendees with their organisation. */
import './cases-plan.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { type AttendeeChoices, createMeeting, getAttendeeChoices } from './api-meetings.ts';
import { localInputToIso } from './meeting-format.ts';
import type { CasesPageProps } from './page-props.ts';
import { MEETINGS_PATH, meetingPath } from './paths.ts';

export function NewMeetingPage(props: CasesPageProps) {
  const { t } = useTranslation();
  const [choices] = useAsync(() => getAttendeeChoices(), []);
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('cases.meetings.newTitle')}</h1>
      <p>
        <a {...navLink(MEETINGS_PATH, props.onNavigate)}>{t('cases.meetings.back')}</a>
      </p>
      {choices.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {choices.status === 'error' && <p role="alert">{choices.detail}</p>}
      {choices.status === 'ready' && <MeetingForm {...props} choices={choices.data} />}
    </section>
  );
}

function MeetingForm({ choices, csrf, userId, onNavigate }: CasesPageProps & { choices: AttendeeChoices }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState<string[]>([]);
  const [attendees, setAttendees] = useState<Record<string, string | null>>(() => ({
    [userId]: choices.people.find((p) => p.id === userId)?.partnerId ?? null,
  }));
  const { busy, error, setError, run } = useSubmit();
  const toggleCase = (id: string, on: boolean) => setAgenda((a) => (on ? [...a, id] : a.filter((x) => x !== id)));
  const toggleAttendee = (id: string, partnerId: string | null, on: boolean) =>
    setAttendees((a) => {
      const next = { ...a };
      if (on) next[id] = partnerId;
      else delete next[id];
      return next;
    });
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const startsAt = localInputToIso(when);
    if (agenda.length === 0 || Object.keys(attendees).length === 0 || !startsAt) {
      setError(t('cases.meetings.chooseOne'));
      return;
    }
    const body = {
      title,
      startsAt,
      location: location || null,
      agenda,
      attendees: Object.entries(attendees).map(([id, partnerId]) => ({ userId: id, partnerId })),
    };
    const created = await run(() => createMeeting(body, csrf));
    if (created) onNavigate(meetingPath(created.id));
  }
  return (
    <form onSubmit={submit}>
      <Field id="meeting-title" label={t('cases.meetings.meetingTitle')} hint={t('cases.meetings.titleHint')}>
        <input value={title} required minLength={2} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id="meeting-when" label={t('cases.meetings.when')}>
        <input type="datetime-local" value={when} required onChange={(e) => setWhen(e.target.value)} />
      </Field>
      <Field id="meeting-location" label={t('cases.meetings.location')}>
        <input value={location} maxLength={200} onChange={(e) => setLocation(e.target.value)} />
      </Field>
      <fieldset>
        <legend>{t('cases.meetings.agenda')}</legend>
        <p className="hint">{t('cases.meetings.agendaHint')}</p>
        {choices.cases.length === 0 && <p>{t('cases.meetings.noCases')}</p>}
        {choices.cases.map((c) => (
          <label className="check" key={c.id}>
            <input type="checkbox" checked={agenda.includes(c.id)} onChange={(e) => toggleCase(c.id, e.target.checked)} />
            {c.reference}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('cases.meetings.attendees')}</legend>
        <p className="hint">{t('cases.meetings.attendeesHint')}</p>
        {choices.people.map((p) => (
          <div className="meeting-attendee" key={p.id}>
            <label className="check">
              <input type="checkbox" checked={p.id in attendees} onChange={(e) => toggleAttendee(p.id, p.partnerId, e.target.checked)} />
              {p.name}
            </label>
            {p.id in attendees && (
              <label>
                <span className="visually-hidden">{t('cases.meetings.organisation', { name: p.name })}</span>
                <select value={attendees[p.id] ?? ''} onChange={(e) => setAttendees((a) => ({ ...a, [p.id]: e.target.value || null }))}>
                  <option value="">{t('cases.plan.municipality')}</option>
                  {choices.partners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('cases.meetings.create')}
        </button>
      </div>
    </form>
  );
}
