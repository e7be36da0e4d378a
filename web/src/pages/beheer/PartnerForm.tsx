/** Add a partner organisation: name, kind, contact role (a function, never a person) and areas. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { PARTNER_KINDS } from '../../api/types.ts';
import { createPartner, type PartnerKind, type PartnerView, parseAreaCodes } from './partners-api.ts';

interface Props {
  csrfToken: string | null;
  onCreated(p: PartnerView): void;
}

export function PartnerForm({ csrfToken, onCreated }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('police');
  const [contactRole, setContactRole] = useState('');
  const [areas, setAreas] = useState('');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      name: name.trim(),
      kind,
      areaCodes: parseAreaCodes(areas),
      ...(contactRole.trim() ? { contactRole: contactRole.trim() } : {}),
    };
    const created = await run(() => createPartner(body, csrfToken));
    if (!created) return;
    setName('');
    setContactRole('');
    setAreas('');
    onCreated(created);
  }

  return (
    <form className="action-form invite-form" onSubmit={submit} aria-labelledby="partner-new-title">
      <h2 id="partner-new-title">{t('beheer.partners.new.title')}</h2>
      <div className="invite-fields">
        <Field id="partner-name" label={t('beheer.partners.new.name')}>
          <input required minLength={2} maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="partner-kind" label={t('beheer.partners.new.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as PartnerKind)}>
            {PARTNER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`beheer.partners.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="partner-contact" label={t('beheer.partners.new.contactRole')} hint={t('beheer.partners.new.contactHint')}>
          <input maxLength={200} autoComplete="off" value={contactRole} onChange={(e) => setContactRole(e.target.value)} />
        </Field>
        <Field id="partner-areas" label={t('beheer.partners.new.areas')} hint={t('beheer.partners.new.areasHint')}>
          <input autoComplete="off" value={areas} onChange={(e) => setAreas(e.target.value)} />
        </Field>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {t('beheer.partners.new.submit')}
      </button>
    </form>
  );
}
