/**
 * One agenda item of a case meeting. A case the reader has a role in shows its reference, person,
 * notes, decisions and actions (with forms when they may change the case); any other case only
 * "a case on the agenda you have no role in".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type AgendaItem, changeAction, type Meeting, saveItemNotes, type ShownItem } from './api-meetings.ts';
import { DecisionForm } from './meeting-decision-form.tsx';

interface Props {
  meetingId: string;
  item: AgendaItem;
  csrf: string | null;
  onChanged(next?: Meeting): void;
}

export function MeetingItem({ meetingId, item, csrf, onChanged }: Props) {
  const { t } = useTranslation();
  if (!item.visible)
    return (
      <li className="meeting-item is-hidden">
        <p>{t('cases.meetings.hiddenItem')}</p>
      </li>
    );
  return (
    <li className="meeting-item">
      <h3>
        {item.reference}
        {item.personName && <span className="cell-sub">{`${t('cases.meetings.person')}: ${item.personName}`}</span>}
      </h3>
      <ItemNotes meetingId={meetingId} item={item} csrf={csrf} onChanged={onChanged} />
      <h4>{t('cases.meetings.decisions')}</h4>
      {item.decisions.length === 0 && <p>{t('cases.meetings.noDecisions')}</p>}
      {item.decisions.map((d) => (
        <div key={d.id} className="meeting-decision">
          <p>
            <strong>{t('cases.meetings.decision')}:</strong> {d.text ?? '—'}
          </p>
          {d.actions.length > 0 && (
            <ul className="meeting-actions" aria-label={t('cases.meetings.actions')}>
              {d.actions.map((a) => (
                <ActionLine key={a.id} meetingId={meetingId} action={a} mayEdit={item.mayEdit} csrf={csrf} onChanged={onChanged} />
              ))}
            </ul>
          )}
        </div>
      ))}
      {item.mayEdit && <DecisionForm meetingId={meetingId} item={item} csrf={csrf} onSaved={() => onChanged()} />}
    </li>
  );
}

function ItemNotes({
  meetingId,
  item,
  csrf,
  onChanged,
}: {
  meetingId: string;
  item: ShownItem;
  csrf: string | null;
  onChanged(next: Meeting): void;
}) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(item.notes ?? '');
  const { busy, error, run } = useSubmit();
  if (!item.mayEdit) return item.notes ? <p className="meeting-notes">{item.notes}</p> : null;
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next = await run(() => saveItemNotes(meetingId, item.caseId, notes || null, csrf));
    if (next) onChanged(next);
  }
  return (
    <form onSubmit={submit}>
      <Field id={`notes-${item.caseId}`} label={t('cases.meetings.notes')} hint={t('cases.meetings.notesHint')} error={error}>
        <textarea rows={3} maxLength={8000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {t('cases.meetings.saveNotes')}
      </button>
    </form>
  );
}

type Action = ShownItem['decisions'][number]['actions'][number];

function ActionLine(props: { meetingId: string; action: Action; mayEdit: boolean; csrf: string | null; onChanged(): void }) {
  const { t } = useTranslation();
  const { action: a } = props;
  const { busy, error, run } = useSubmit();
  const label = `${a.text ?? '—'} · ${t('cases.meetings.owner')}: ${a.owner?.name ?? '—'}${a.deadline ? ` · ${t('cases.meetings.deadline')}: ${a.deadline}` : ''}`;
  if (!props.mayEdit) return <li>{`${a.doneAt ? '☑' : '☐'} ${label}`}</li>;
  async function toggle(done: boolean) {
    if (await run(() => changeAction(props.meetingId, a.id, done, props.csrf))) props.onChanged();
  }
  return (
    <li>
      <label className="check">
        <input type="checkbox" checked={a.doneAt !== null} disabled={busy} onChange={(e) => toggle(e.target.checked)} />
        {label}
      </label>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </li>
  );
}
