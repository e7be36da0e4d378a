/** Records a decision on an agenda item, with agreed actions (text, owner among the case's members, deadline). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { addDecision, type ShownItem } from './api-meetings.ts';

interface ActionRow {
  key: number;
  text: string;
  ownerUserId: string;
  deadline: string;
}

let nextKey = 0;

export function DecisionForm({
  meetingId,
  item,
  csrf,
  onSaved,
}: {
  meetingId: string;
  item: ShownItem;
  csrf: string | null;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [actions, setActions] = useState<ActionRow[]>([]);
  const { busy, error, run } = useSubmit();
  const id = `decision-${item.caseId}`;
  const change = (key: number, patch: Partial<ActionRow>) => setActions((as) => as.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body = { text, actions: actions.map((a) => ({ text: a.text, ownerUserId: a.ownerUserId, deadline: a.deadline || null })) };
    if (await run(() => addDecision(meetingId, item.caseId, body, csrf))) {
      setText('');
      setActions([]);
      onSaved();
    }
  }
  return (
    <form className="action-form" onSubmit={submit}>
      <Field id={id} label={t('cases.meetings.decision')}>
        <textarea rows={2} required minLength={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      {actions.map((a, k) => (
        <div className="meeting-action-row" key={a.key}>
          <Field id={`${id}-action-${k}`} label={t('cases.meetings.action')}>
            <input value={a.text} required minLength={2} maxLength={1000} onChange={(e) => change(a.key, { text: e.target.value })} />
          </Field>
          <Field id={`${id}-owner-${k}`} label={t('cases.meetings.owner')}>
            <select value={a.ownerUserId} required onChange={(e) => change(a.key, { ownerUserId: e.target.value })}>
              <option value="">{t('cases.meetings.noOwner')}</option>
              {item.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-deadline-${k}`} label={t('cases.meetings.deadline')}>
            <input type="date" value={a.deadline} onChange={(e) => change(a.key, { deadline: e.target.value })} />
          </Field>
          <button type="button" className="button" onClick={() => setActions((as) => as.filter((x) => x.key !== a.key))}>
            {t('cases.meetings.removeAction')}
          </button>
        </div>
      ))}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => setActions((as) => [...as, { key: ++nextKey, text: '', ownerUserId: '', deadline: '' }])}
        >
          {t('cases.meetings.addAction')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('cases.meetings.addDecision')}
        </button>
      </div>
    </form>
  );
}
