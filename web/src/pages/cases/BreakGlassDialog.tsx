/**
 * Shown where a case is not open to the caller (403 case-need-to-know): which case exists and whom
 * to ask and, for those who may, break-glass with a reason — with the warning that the
 * procesregisseur and the privacy officer are told. After the opening the page loads the case again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { breakGlass } from './api-privacy.ts';
import './cases-privacy.css';
import { dateTimeText, MAX_REASON, needToKnowOf, reasonReady } from './privacy-format.ts';

export interface BreakGlassDialogProps {
  caseId: string;
  /** The problem's detail from the API (which case exists, whom to ask). */
  detail: string;
  mayBreakGlass: boolean;
  csrf: string | null;
  /** Called after a successful break-glass: the page loads the case again. */
  onOpened(): void;
}

export function BreakGlassDialog({ caseId, detail, mayBreakGlass, csrf, onOpened }: BreakGlassDialogProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const known = needToKnowOf(detail);
  async function submit() {
    setTried(true);
    if (!reasonReady(reason)) return;
    const done = await run(() => breakGlass(caseId, reason.trim(), csrf));
    if (done) {
      setOpened(t('cases.breakGlass.opened', { reference: done.reference, until: dateTimeText(done.expiresAt, i18n.language) }));
      onOpened();
    }
  }
  const reasonError = tried && !reasonReady(reason) ? t('cases.breakGlass.tooShort') : null;
  return (
    <section className="page narrow cp-dialog" aria-labelledby="cp-dialog-title">
      <h1 id="cp-dialog-title" tabIndex={-1}>
        {t('cases.breakGlass.title')}
      </h1>
      <p role="alert">
        {known
          ? t('cases.breakGlass.exists', {
              reference: known.reference,
              director: known.director ? t('cases.breakGlass.directorSuffix', { name: known.director }) : '',
            })
          : detail}
      </p>
      {opened && <p role="status">{opened}</p>}
      {mayBreakGlass && !opened && (
        <form
          className="cp-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className="cp-warning">{t('cases.breakGlass.warning')}</p>
          <Field id="cp-reason" label={t('cases.breakGlass.reason')} hint={t('cases.breakGlass.reasonHint')} error={reasonError ?? error}>
            <textarea rows={4} maxLength={MAX_REASON} value={reason} onChange={(e) => setReason(e.target.value)} required />
          </Field>
          <p className="hint" aria-live="polite">
            {t('cases.breakGlass.count', { count: reason.trim().length })}
          </p>
          <button type="submit" className="button danger" disabled={busy}>
            {busy ? t('cases.breakGlass.busy') : t('cases.breakGlass.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
