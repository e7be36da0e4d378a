/** Reject a story with a reason (required; the text is deleted on rejection). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';

interface Props {
  id: string;
  busy: boolean;
  onReject(reason: string): void;
}

export const REJECT_REASONS = ['persoonsgegevens', 'beledigend', 'geen buurtverhaal', 'dubbel'] as const;

export function RejectForm({ id, busy, onReject }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError(t('perception.moderation.reasonRequired'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setError(null);
    onReject(reason.trim());
  }
  return (
    <form className="reject-form" onSubmit={submit} noValidate>
      <Field id={`${id}-reason`} label={t('perception.moderation.reason')} hint={t('perception.moderation.reasonHint')} error={error}>
        <input type="text" list={`${id}-reasons`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <datalist id={`${id}-reasons`}>
        {REJECT_REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <button type="submit" className="button ghost" disabled={busy}>
        {t('perception.moderation.reject')}
      </button>
    </form>
  );
}
