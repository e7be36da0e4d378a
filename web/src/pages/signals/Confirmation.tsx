/**
 * After sending: the number, exactly what will be mailed (only what the server's reply promises),
 * the private tracking link (shown once), and what happens next.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendResult } from './use-report-form.ts';

export function Confirmation({ result, onNavigate }: { result: SendResult; onNavigate(path: string): void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { reply, photosFailed } = result;
  const link = `${window.location.origin}${reply.trackingPath}`;
  const deadline = new Date(`${reply.deadline}T12:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <section className="confirmation" aria-labelledby="confirmation-title">
      <h1 id="confirmation-title" ref={heading} tabIndex={-1}>
        {t('signals.confirm.title')}
      </h1>
      <p className="lead">
        {t('signals.confirm.number')} <strong data-testid="signal-number">{reply.number}</strong>
      </p>
      <p>
        {t('signals.confirm.category', { category: reply.categoryName })} {t('signals.confirm.deadline', { date: deadline })}
      </p>
      <p data-testid="mail-promise">{t(...mailPromise(result))}</p>
      <div className="notice">
        <p>
          <strong>{t('signals.confirm.linkTitle')}</strong>
        </p>
        <p className="small">{t(reply.mail.confirmation ? 'signals.confirm.linkHint' : 'signals.confirm.linkHintNoMail')}</p>
        <p className="tracking-link">
          <a
            href={reply.trackingPath}
            data-testid="tracking-link"
            onClick={(e) => {
              e.preventDefault();
              onNavigate(reply.trackingPath);
            }}
          >
            {link}
          </a>
        </p>
      </div>
      {photosFailed.length > 0 && (
        <p className="alert" role="alert">
          {t('signals.confirm.photosFailed', { names: photosFailed.join(', ') })}
        </p>
      )}
    </section>
  );
}

/** The one sentence about e-mail: only what the server's reply promises, and why not otherwise. */
export function mailPromise({ reply, email, wantsMail }: SendResult): [string, { email?: string }] {
  if (email && reply.mail.confirmation) return ['signals.confirm.mailConfirmationAndUpdates', { email }];
  if (email && reply.mail.updates) return ['signals.confirm.mailUpdatesOnly', { email }];
  if (email && wantsMail) return ['signals.confirm.mailUnavailable', {}];
  if (email) return ['signals.confirm.mailQuestionsOnly', {}];
  return ['signals.confirm.mailNone', {}];
}
