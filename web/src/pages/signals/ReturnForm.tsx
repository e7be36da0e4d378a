/**
 * A partner hands a forwarded report back to the municipality with a reason (shown in the history to
 * staff). Afterwards the report is no longer the partner's: the form says so and links back to the inbox.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { returnSignal } from './api.ts';
import type { SignalDetail } from './types.ts';

/** The API's minimum for the reason (staff-schema.ts returnBody). */
const MIN_REASON = 3;

interface Props {
  signal: SignalDetail;
  csrfToken: string | null;
  /** Back to the inbox (the report has left it). */
  onBack(): void;
}

export function ReturnForm({ signal, csrfToken, onBack }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [returned, setReturned] = useState(false);
  const { busy, error, run } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const short = reason.trim().length < MIN_REASON;
    setTooShort(short);
    if (short) return;
    if (await run(() => returnSignal(signal.id, reason.trim(), csrfToken))) setReturned(true);
  }
  if (returned)
    return (
      <div className="action-form">
        <p className="notice" role="status">
          {t('signals.partner.returned', { number: signal.number })}
        </p>
        <button type="button" className="button primary" onClick={onBack}>
          {t('signals.detail.back')}
        </button>
      </div>
    );
  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="return-title">
      <h3 id="return-title">{t('signals.partner.returnTitle')}</h3>
      <Field
        id="return-reason"
        label={t('signals.partner.returnReason')}
        hint={t('signals.partner.returnHint')}
        error={tooShort ? t('signals.partner.returnTooShort') : null}
      >
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('signals.partner.returnSubmit')}
      </button>
    </form>
  );
}
