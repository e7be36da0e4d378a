/**
 * The resident's report form in three steps (where, what, contact and send). On every step change
 * focus moves to the step heading; after a failed check to the error summary.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { Confirmation } from './Confirmation.tsx';
import { ContactStep } from './ContactStep.tsx';
import { PhotoProgress } from './PhotoInput.tsx';
import { PlaceStep } from './PlaceStep.tsx';
import { STEPS } from './report-form.ts';
import { useReportForm } from './use-report-form.ts';
import { WhatStep } from './WhatStep.tsx';

interface Props {
  instance: Instance | null;
  csrfToken: string | null;
  onNavigate(path: string): void;
}

export function ReportPage({ instance, csrfToken, onNavigate }: Props) {
  const { t } = useTranslation();
  const f = useReportForm(csrfToken);
  const { data } = useAreaData();
  const buurten = data.status === 'ready' ? data.buurten : [];
  const wijken = data.status === 'ready' ? data.wijken : [];
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const index = STEPS.indexOf(f.step);
  const errorCount = Object.keys(f.errors).length;

  // biome-ignore lint/correctness/useExhaustiveDependencies(f.step): move focus to the new step's heading whenever the step changes (not on first render).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [f.step]);

  if (f.result)
    return (
      <div className="page narrow report-page">
        <Confirmation result={f.result} onNavigate={onNavigate} />
      </div>
    );
  if (f.loadError)
    return (
      <div className="page narrow">
        <p className="alert" role="alert">
          {t('signals.report.loadError', { detail: f.loadError })}
        </p>
      </div>
    );

  function goNext() {
    if (!f.next()) setTimeout(() => errorSummary.current?.focus(), 0);
  }
  async function send() {
    await f.send();
    setTimeout(() => errorSummary.current?.focus(), 0);
  }
  const buurtName = f.draft.buurtName || (buurten.find((b) => b.properties.code === f.draft.buurtCode)?.properties.name ?? null);

  return (
    <div className="page narrow report-page">
      <h1>{t('signals.report.title')}</h1>
      <p className="muted">{t('signals.report.intro')}</p>
      <ol className="steps" aria-label={t('signals.report.progress')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === index ? 'step' : undefined} className={i < index ? 'done' : undefined}>
            {t(`signals.report.step_${s}`)}
          </li>
        ))}
      </ol>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (f.step === 'contact') void send();
          else goNext();
        }}
      >
        <h2 ref={stepHeading} tabIndex={-1}>
          {t('signals.report.stepHeading', { n: index + 1, total: STEPS.length, name: t(`signals.report.step_${f.step}`) })}
        </h2>
        {(errorCount > 0 || f.sendError) && (
          <div ref={errorSummary} tabIndex={-1} className="alert" role="alert" data-testid="form-errors">
            <strong>
              {f.sendError && errorCount === 0 ? t('signals.report.sendFailed') : t('signals.report.fixErrors', { count: errorCount })}
            </strong>
            {f.sendError && <p>{f.sendError.network ? t('signals.report.networkError') : f.sendError.detail}</p>}
          </div>
        )}
        {f.step === 'place' && <PlaceStep f={f} instance={instance} buurten={buurten} wijken={wijken} />}
        {f.step === 'what' && f.categories && <WhatStep f={f} index={f.categories} />}
        {f.step === 'contact' && f.categories && <ContactStep f={f} index={f.categories} csrfToken={csrfToken} buurtName={buurtName} />}
        {f.sending && f.upload && <PhotoProgress done={f.upload.done} total={f.upload.total} />}
        <div className="form-actions">
          {index > 0 && (
            <button type="button" className="button ghost" onClick={f.back}>
              {t('signals.report.back')}
            </button>
          )}
          <button type="submit" className="button primary" disabled={f.sending || !f.form}>
            {f.step !== 'contact'
              ? t('signals.report.next')
              : f.sending
                ? t('signals.report.sending')
                : t(f.sendError?.network ? 'signals.report.retry' : 'signals.report.send')}
          </button>
        </div>
      </form>
    </div>
  );
}
