/**
 * Step 3: optional contact details — one e-mail field, "keep me informed" as a tick, a phone
 * number — with explicit consent; nearby reports ("is this yours?", followed with that same
 * e-mail address); a short summary, and sending. The honeypot field is hidden visually, from screen readers
 * (aria-hidden) and from the keyboard (tabindex -1), so only bots fill it in.
 */
import { useTranslation } from 'react-i18next';
import { categoryPath, type CategoryIndex } from './categories.ts';
import { Field, describedBy } from '../../ui/Field.tsx';
import { ReportNearby } from './ReportNearby.tsx';
import type { ReportForm } from './use-report-form.ts';

export function ContactStep({
  f,
  index,
  csrfToken,
  buurtName,
}: {
  f: ReportForm;
  index: CategoryIndex;
  csrfToken: string | null;
  buurtName: string | null;
}) {
  const { t } = useTranslation();
  const { draft, errors } = f;
  const err = (k: string | undefined) => (k ? t(`signals.errors.${k}`, { defaultValue: k }) : null);
  const honeypot = f.form?.honeypotField ?? 'website';
  return (
    <>
      <fieldset className="contact-fields">
        <legend>{t('signals.report.contactLegend')}</legend>
        <p className="hint">{t('signals.report.contactHintOne')}</p>
        <Field id="report-email" label={t('signals.report.email')} error={err(errors.email)} hint={t('signals.report.emailHint')}>
          <input
            type="email"
            autoComplete="email"
            inputMode="email"
            value={draft.email}
            onChange={(e) => f.update('email', e.target.value)}
          />
        </Field>
        <div className="checkbox-field">
          <input id="report-updates" type="checkbox" checked={draft.updates} onChange={(e) => f.update('updates', e.target.checked)} />
          <label htmlFor="report-updates">{t('signals.report.updates')}</label>
          <p id="report-updates-hint" className="hint">
            {t('signals.report.updatesHint')}
          </p>
        </div>
        <Field id="report-phone" label={t('signals.report.phone')} error={err(errors.phone)}>
          <input type="tel" autoComplete="tel" value={draft.phone} onChange={(e) => f.update('phone', e.target.value)} />
        </Field>
        <div className={`checkbox-field${errors.consent ? ' has-error' : ''}`}>
          {errors.consent && (
            <p id="report-consent-error" className="field-error">
              {err(errors.consent)}
            </p>
          )}
          <input
            id="report-consent"
            type="checkbox"
            checked={draft.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('report-consent', 'hint', errors.consent)}
            onChange={(e) => f.update('consent', e.target.checked)}
          />
          <label htmlFor="report-consent">{t('signals.report.consent')}</label>
          <p id="report-consent-hint" className="hint">
            {t('signals.report.consentHint')}
          </p>
        </div>
      </fieldset>
      <ReportNearby nearby={f.nearby} email={draft.email} csrfToken={csrfToken} />
      <div className="hp-field" aria-hidden="true">
        <label htmlFor={`report-${honeypot}`}>{t('signals.report.honeypot')}</label>
        <input
          id={`report-${honeypot}`}
          name={honeypot}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={f.honeypot}
          onChange={(e) => f.setHoneypot(e.target.value)}
        />
      </div>
      <section className="summary" aria-labelledby="summary-title">
        <h3 id="summary-title">{t('signals.report.summary')}</h3>
        <dl className="facts">
          <dt>{t('signals.report.summaryWhere')}</dt>
          <dd>
            {[draft.addressText.trim() || draft.placeLabel, buurtName].filter(Boolean).join(', ') || t('signals.report.summaryOnMap')}
          </dd>
          <dt>{t('signals.report.summaryCategory')}</dt>
          <dd>{draft.categorySlug ? categoryPath(index, draft.categorySlug) : '—'}</dd>
          <dt>{t('signals.report.summaryPhotos')}</dt>
          <dd>{f.photos.length}</dd>
        </dl>
      </section>
    </>
  );
}
