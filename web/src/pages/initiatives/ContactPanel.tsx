/** The initiators' contact details behind a button: each read is logged, so they are fetched only on request. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { type Contact, readContact } from './api.ts';

export function ContactPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<Contact | null>(null);
  const submit = useSubmit();
  return (
    <section aria-labelledby="initiative-contact" className="panel-card">
      <h2 id="initiative-contact">{t('initiatives.detail.contact')}</h2>
      <p className="hint">{t('initiatives.detail.contactLogged')}</p>
      {contact ? (
        <dl className="initiative-facts" data-testid="initiative-contact">
          <dt>{t('initiatives.detail.contactName')}</dt>
          <dd>{contact.name}</dd>
          <dt>{t('initiatives.detail.contactEmail')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
          <dt>{t('initiatives.detail.contactPhone')}</dt>
          <dd>{contact.phone ? <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a> : '—'}</dd>
        </dl>
      ) : (
        <button
          type="button"
          className="button"
          disabled={submit.busy}
          onClick={async () => {
            const c = await submit.run(() => readContact(id));
            if (c) setContact(c);
          }}
        >
          {t('initiatives.detail.contactShow')}
        </button>
      )}
      {submit.error && <p role="alert">{submit.error}</p>}
    </section>
  );
}
