/** The reporter's contact details, only after an explicit action (every view is logged by the server). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { viewContact } from './api.ts';
import type { Contact } from './types.ts';
import { errorText } from '../../ui/use-async.ts';

export function ContactReveal({ signalId }: { signalId: string }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<Contact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function show() {
    setBusy(true);
    try {
      setContact(await viewContact(signalId));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="panel-card contact-reveal" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('signals.detail.contact')}</h2>
      {!contact ? (
        <>
          <p className="hint">{t('signals.detail.contactHint')}</p>
          <button type="button" className="button" disabled={busy} onClick={show}>
            {t('signals.detail.contactShow')}
          </button>
        </>
      ) : (
        <div role="status">
          {contact.removedOrNone ? (
            <p>{t('signals.detail.contactNone')}</p>
          ) : (
            <dl className="facts">
              <dt>{t('signals.report.email')}</dt>
              <dd>{contact.email ?? '—'}</dd>
              <dt>{t('signals.report.phone')}</dt>
              <dd>{contact.phone ?? '—'}</dd>
            </dl>
          )}
        </div>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
