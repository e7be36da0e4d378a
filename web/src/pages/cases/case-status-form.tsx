/** The status change of a case (procesregisseur): the allowed next steps, a reason where required, a closing reason when closing. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CaseView, changeStatus, type TransitionBody } from './api-cases.ts';
import { CLOSING_REASONS } from './case-format.ts';

export function StatusForm({ view, csrf, onChanged }: { view: CaseView; csrf: string | null; onChanged(): void }) {
  const { t } = useTranslation();
  const [to, setTo] = useState(view.transitions[0]?.to ?? '');
  const [reason, setReason] = useState('');
  const [closing, setClosing] = useState('');
  const { busy, error, run } = useSubmit();
  const chosen = view.transitions.find((x) => x.to === to);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    const body: TransitionBody = {
      to: chosen.to,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(chosen.closingReasonRequired && closing ? { closingReason: closing as TransitionBody['closingReason'] } : {}),
    };
    if (await run(() => changeStatus(view.id, body, csrf))) {
      setReason('');
      onChanged();
    }
  }
  return (
    <section className="case-section" aria-labelledby="case-status-h">
      <h2 id="case-status-h">{t('cases.case.changeStatus')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id="case-status-to" label={t('cases.case.nextStatus')}>
          <select value={to} onChange={(e) => setTo(e.target.value as typeof to)}>
            {view.transitions.map((x) => (
              <option key={x.to} value={x.to}>
                {t(`cases.status.${x.to}`)}
              </option>
            ))}
          </select>
        </Field>
        {chosen?.closingReasonRequired && (
          <Field id="case-closing" label={t('cases.case.closingReason')}>
            <select value={closing} onChange={(e) => setClosing(e.target.value)} required>
              <option value="">{t('cases.new.choose')}</option>
              {CLOSING_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`cases.case.closing.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field
          id="case-reason"
          label={chosen?.reasonRequired ? t('cases.case.reasonRequired') : t('cases.case.reasonOptional')}
          error={error}
        >
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required={chosen?.reasonRequired} />
        </Field>
        <button type="submit" className="button" disabled={busy || !chosen}>
          {t('cases.case.applyStatus')}
        </button>
      </form>
    </section>
  );
}
