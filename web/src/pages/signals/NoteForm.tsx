/**
 * Add a note for staff only, also for the partner handling the report, or also for the reporter
 * (tracking page). A partner writes to the municipality only (the API keeps a partner's note out of
 * the internal ones), so no choice is offered there.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addNote } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import type { HistoryVisibility, SignalDetail } from './types.ts';
import { StandardTextPicker } from './StandardTextPicker.tsx';

const VISIBILITIES: ReadonlyArray<[HistoryVisibility, string]> = [
  ['internal', 'noteInternal'],
  ['partner', 'notePartner'],
  ['reporter', 'noteReporter'],
];
import { useAction } from './use-action.ts';

export function NoteForm({
  signal,
  csrfToken,
  onUpdated,
  partner = false,
}: {
  signal: SignalDetail;
  csrfToken: string | null;
  onUpdated(d: SignalDetail): void;
  partner?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<HistoryVisibility>(partner ? 'partner' : 'internal');
  const [empty, setEmpty] = useState(false);
  const [publish, setPublish] = useState(false);
  const mayPublish = signal.permissions.publish && visibility === 'reporter';
  const action = useAction(onUpdated);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setEmpty(!text.trim());
    if (!text.trim()) return;
    const body = { text: text.trim(), visibility, ...(mayPublish && publish ? { publish } : {}) };
    if (await action.run(() => addNote(signal.id, body, csrfToken))) {
      setText('');
      setPublish(false);
    }
  }
  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="note-title">
      <h3 id="note-title">{t(partner ? 'signals.partner.note' : 'signals.detail.note')}</h3>
      {!partner && <StandardTextPicker signal={signal} status={signal.status} onPick={setText} />}
      <Field id="note-text" label={t('signals.detail.noteText')} error={empty ? t('signals.errors.required') : null}>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      {partner ? (
        <p className="hint">{t('signals.partner.noteHint')}</p>
      ) : (
        <fieldset className="inline-radios">
          <legend>{t('signals.detail.noteVisibility')}</legend>
          {VISIBILITIES.map(([v, label]) => (
            <label key={v} className="radio">
              <input type="radio" name="note-visibility" checked={visibility === v} onChange={() => setVisibility(v)} />{' '}
              {t(`signals.detail.${label}`)}
            </label>
          ))}
        </fieldset>
      )}
      {visibility === 'reporter' && <p className="hint">{t('signals.detail.noteReporterMail')}</p>}
      {mayPublish && (
        <label className="check">
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} /> {t('signals.detail.notePublish')}
        </label>
      )}
      {action.error && (
        <p className="alert" role="alert">
          {action.error}
        </p>
      )}
      <button type="submit" className="button" disabled={action.busy}>
        {t('signals.detail.noteSubmit')}
      </button>
    </form>
  );
}
