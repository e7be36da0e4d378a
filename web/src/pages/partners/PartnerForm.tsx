/** Add a partner, or edit one: name, type, contact role (a function), description, areas. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { AreaCodesInput } from './AreaCodesInput.tsx';
import { changePartner, createPartner, PARTNER_KINDS, type Partner, type PartnerKind } from './api.ts';
import type { AreaNames } from './areas.ts';

interface Props {
  /** The partner to edit; none: a new one. */
  partner?: Partner;
  areas: AreaNames;
  csrfToken: string | null;
  onSaved(p: Partner): void;
}

export function PartnerForm({ partner, areas, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(partner?.name ?? '');
  const [kind, setKind] = useState<PartnerKind>(partner?.kind ?? 'police');
  const [contactRole, setContactRole] = useState(partner?.contactRole ?? '');
  const [description, setDescription] = useState(partner?.description ?? '');
  const [areaCodes, setAreaCodes] = useState<string[]>(partner?.areaCodes ?? []);
  const { busy, error, run } = useSubmit();
  const prefix = partner ? `partner-edit-${partner.id}` : 'partner-new';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { name: name.trim(), kind, contactRole: contactRole.trim(), description: description.trim(), areaCodes };
    const saved = await run(() => (partner ? changePartner(partner.id, body, csrfToken) : createPartner(body, csrfToken)));
    if (!saved) return;
    if (!partner) {
      setName('');
      setContactRole('');
      setDescription('');
      setAreaCodes([]);
    }
    onSaved(saved);
  }

  return (
    <form className="action-form partner-form" onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{t(partner ? 'partners.form.editTitle' : 'partners.form.newTitle')}</h2>
      <Field id={`${prefix}-name`} label={t('partners.form.name')}>
        <input required minLength={2} maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id={`${prefix}-kind`} label={t('partners.form.kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as PartnerKind)}>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partners.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-role`} label={t('partners.form.contactRole')} hint={t('partners.form.contactRoleHint')}>
        <input maxLength={200} autoComplete="off" value={contactRole} onChange={(e) => setContactRole(e.target.value)} />
      </Field>
      <Field id={`${prefix}-description`} label={t('partners.form.description')}>
        <textarea rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <AreaCodesInput id={`${prefix}-areas`} areas={areas} value={areaCodes} onChange={setAreaCodes} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t(partner ? 'partners.form.submit' : 'partners.form.create')}
        </button>
      </div>
    </form>
  );
}
