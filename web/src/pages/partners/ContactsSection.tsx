/** A partner's contact persons (work contact only): the list, and add / change / remove with network:edit. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { addContact, type Contact, changeContact, removeContact } from './api.ts';

interface Props {
  partnerId: string;
  /** null: this reader does not see them (another organisation, for a partner account). */
  contacts: Contact[] | null;
  canEdit: boolean;
  csrfToken: string | null;
  onChanged(message: string): void;
}

export function ContactsSection({ partnerId, contacts, canEdit, csrfToken, onChanged }: Props) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  async function remove(c: Contact) {
    if (busy) return;
    const done = await run(() => removeContact(partnerId, c.id, csrfToken).then(() => true));
    if (done) onChanged(t('partners.contacts.removed', { name: c.name }));
  }
  return (
    <section className="partner-section" aria-labelledby="partner-contacts-title">
      <h2 id="partner-contacts-title">{t('partners.contacts.title')}</h2>
      {contacts === null ? (
        <p className="hint">{t('partners.contacts.hidden')}</p>
      ) : (
        <>
          <p className="hint">{t('partners.contacts.note')}</p>
          {contacts.length === 0 && <p>{t('partners.contacts.none')}</p>}
          <ul className="partner-contacts">
            {contacts.map((c) => (
              <li key={c.id} data-contact={c.name}>
                <strong>{c.name}</strong>
                {c.jobTitle && <span className="cell-sub">{c.jobTitle}</span>}
                {c.workEmail && (
                  <span className="cell-sub">
                    <a href={`mailto:${c.workEmail}`}>{c.workEmail}</a>
                  </span>
                )}
                {c.workPhone && (
                  <span className="cell-sub">
                    <a href={`tel:${c.workPhone.replace(/[^+\d]/g, '')}`}>{c.workPhone}</a>
                  </span>
                )}
                {canEdit && (
                  <div className="form-actions">
                    <details>
                      <summary>{t('partners.contacts.edit')}</summary>
                      <ContactForm partnerId={partnerId} contact={c} csrfToken={csrfToken} onSaved={onChanged} />
                    </details>
                    <button
                      type="button"
                      className="button small ghost"
                      onClick={() => remove(c)}
                      aria-label={t('partners.contacts.removeLabel', { name: c.name })}
                    >
                      {t('partners.contacts.remove')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          {canEdit && (
            <details className="partner-add">
              <summary>{t('partners.contacts.add')}</summary>
              <ContactForm partnerId={partnerId} csrfToken={csrfToken} onSaved={onChanged} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

interface FormProps {
  partnerId: string;
  contact?: Contact;
  csrfToken: string | null;
  onSaved(message: string): void;
}

function ContactForm({ partnerId, contact, csrfToken, onSaved }: FormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(contact?.name ?? '');
  const [jobTitle, setJobTitle] = useState(contact?.jobTitle ?? '');
  const [workEmail, setWorkEmail] = useState(contact?.workEmail ?? '');
  const [workPhone, setWorkPhone] = useState(contact?.workPhone ?? '');
  const { busy, error, run } = useSubmit();
  const prefix = contact ? `contact-${contact.id}` : 'contact-new';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields = { name: name.trim(), jobTitle: jobTitle.trim() };
    const saved = await run(() =>
      contact
        ? changeContact(
            partnerId,
            contact.id,
            { ...fields, workEmail: workEmail.trim() || null, workPhone: workPhone.trim() || null },
            csrfToken,
          )
        : addContact(
            partnerId,
            {
              ...fields,
              ...(workEmail.trim() ? { workEmail: workEmail.trim() } : {}),
              ...(workPhone.trim() ? { workPhone: workPhone.trim() } : {}),
            },
            csrfToken,
          ),
    );
    if (!saved) return;
    if (!contact) {
      setName('');
      setJobTitle('');
      setWorkEmail('');
      setWorkPhone('');
    }
    onSaved(t(contact ? 'partners.contacts.saved' : 'partners.contacts.added', { name: saved.name }));
  }

  return (
    <form className="action-form contact-form" onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{contact ? t('partners.contacts.editTitle', { name: contact.name }) : t('partners.contacts.add')}</h3>
      <p className="hint">{t('partners.contacts.note')}</p>
      <Field id={`${prefix}-name`} label={t('partners.contacts.name')}>
        <input required minLength={2} maxLength={120} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id={`${prefix}-job`} label={t('partners.contacts.jobTitle')}>
        <input maxLength={120} autoComplete="off" value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
      </Field>
      <Field id={`${prefix}-email`} label={t('partners.contacts.workEmail')}>
        <input type="email" maxLength={254} autoComplete="off" value={workEmail} onChange={(e) => setWorkEmail(e.target.value)} />
      </Field>
      <Field id={`${prefix}-phone`} label={t('partners.contacts.workPhone')}>
        <input type="tel" maxLength={25} autoComplete="off" value={workPhone} onChange={(e) => setWorkPhone(e.target.value)} />
      </Field>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {contact ? t('partners.contacts.save') : t('partners.contacts.add')}
      </button>
    </form>
  );
}
