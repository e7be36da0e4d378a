/** The satisfaction question after closing; "not satisfied" needs a reason and asks to reopen. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { giveFeedback } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import { errorText } from '../../ui/use-async.ts';

interface Props {
  token: string;
  csrfToken: string | null;
  onDone(reopenRequested: boolean): void;
}

export function FeedbackForm({ token, csrfToken, onDone }: Props) {
  const { t } = useTranslation();
  const [satisfied, setSatisfied] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: 'choice' | 'reason' | 'form'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (satisfied === null) return setError({ field: 'choice', text: t('signals.errors.feedbackChoice') });
    if (!satisfied && reason.trim().length < 3) return setError({ field: 'reason', text: t('signals.errors.feedbackReason') });
    setBusy(true);
    setError(null);
    try {
      const r = await giveFeedback(token, satisfied ? { satisfied } : { satisfied, reason: reason.trim() }, csrfToken);
      onDone(r.reopenRequested);
    } catch (err) {
      setError({ field: 'form', text: err instanceof ApiError ? err.problem.detail : errorText(err) });
      setBusy(false);
    }
  }

  return (
    <form className="panel-card feedback-form" onSubmit={submit} noValidate aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('signals.feedback.title')}</h2>
      <fieldset aria-describedby={error?.field === 'choice' ? 'feedback-choice-error' : undefined}>
        <legend>{t('signals.feedback.question')}</legend>
        {error?.field === 'choice' && (
          <p id="feedback-choice-error" className="field-error">
            {error.text}
          </p>
        )}
        <label className="radio">
          <input type="radio" name="satisfied" checked={satisfied === true} onChange={() => setSatisfied(true)} />{' '}
          {t('signals.feedback.yes')}
        </label>
        <label className="radio">
          <input type="radio" name="satisfied" checked={satisfied === false} onChange={() => setSatisfied(false)} />{' '}
          {t('signals.feedback.no')}
        </label>
      </fieldset>
      {satisfied === false && (
        <Field
          id="feedback-reason"
          label={t('signals.feedback.reason')}
          hint={t('signals.feedback.reasonHint')}
          error={error?.field === 'reason' ? error.text : null}
        >
          <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      {error?.field === 'form' && (
        <p className="alert" role="alert">
          {error.text}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {t('signals.feedback.submit')}
      </button>
    </form>
  );
}
