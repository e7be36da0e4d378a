/** Edit a partner organisation's name, contact role and areas. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { changePartner, type PartnerView, parseAreaCodes } from './partners-api.ts';

interface Props {
  partner: PartnerView;
  csrfToken: string | null;
  onSaved(updated: PartnerView): void;
}

export function PartnerEditForm({ partner: p, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(p.name);
  const [contactRole, setContactRole] = useState(p.contactRole ?? '');
  const [areas, setAreas] = useState(p.areaCodes.join(', '));
  const { busy, error, run } = useSubmit();
  const id = `partner-${p.id}-edit`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const updated = await run(() =>
      changePartner(p.id, { name: name.trim(), contactRole: contactRole.trim(), areaCodes: parseAreaCodes(areas) }, csrfToken),
    );
    if (updated) onSaved(updated);
  }

  return (
    <form className="action-form" onSubmit={submit} aria-label={t('beheer.partners.edit.title', { name: p.name })}>
      <div className="invite-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('beheer.partners.new.name')}</label>
          <input id={`${id}-name`} required minLength={2} maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t('beheer.partners.new.contactRole')}</label>
          <input id={`${id}-contact`} maxLength={200} value={contactRole} onChange={(e) => setContactRole(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-areas`}>{t('beheer.partners.new.areas')}</label>
          <input id={`${id}-areas`} value={areas} onChange={(e) => setAreas(e.target.value)} />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button small ghost" disabled={busy}>
        {t('beheer.partners.edit.submit')}
      </button>
    </form>
  );
}
