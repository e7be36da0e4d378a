/** One partner: type, areas, contact role, missions, its contact persons and agreements; edit forms with network:edit. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { AgreementsSection } from './AgreementsSection.tsx';
import { getPartner, type PartnerDetail } from './api.ts';
import type { AreaNames } from './areas.ts';
import { ContactsSection } from './ContactsSection.tsx';
import { PartnerForm } from './PartnerForm.tsx';
import { PARTNERS_PATH } from './paths.ts';

interface Props {
  id: string;
  areas: AreaNames;
  canEdit: boolean;
  csrfToken: string | null;
  /** Show the link back to the list (staff, or a partner account with several organisations). */
  showBack: boolean;
  onNavigate(path: string): void;
}

export function PartnerPage({ id, areas, canEdit, csrfToken, showBack, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state, reload, set] = useAsync(() => getPartner(id), [id]);
  const [message, setMessage] = useState<string | null>(null);
  if (state.status === 'loading') return <p role="status">{t('partners.loading')}</p>;
  if (state.status === 'error') return <p className="field-error">{state.detail}</p>;
  const p: PartnerDetail = state.data;
  const saved = (text: string) => {
    setMessage(text);
    reload();
  };

  return (
    <div className="page partner-page">
      {showBack && (
        <p>
          <a {...navLink(PARTNERS_PATH, onNavigate)}>← {t('partners.back')}</a>
        </p>
      )}
      <div className="page-head">
        <h1 tabIndex={-1}>
          {p.name} {p.demo && <DemoLabel />}
        </h1>
      </div>
      <p className="partner-kind">
        {t(`partners.kinds.${p.kind}`)}
        {!p.active && ` · ${t('partners.inactive')}`}
        {p.expiringAgreements > 0 && (
          <>
            {' '}
            <span className="badge overdue">{t('partners.expiring', { count: p.expiringAgreements })}</span>
          </>
        )}
      </p>
      {message && (
        <p className="ok-text" role="status">
          {message}
        </p>
      )}
      <dl className="partner-facts">
        <dt>{t('partners.detail.areas')}</dt>
        <dd>{p.areaCodes.length ? p.areaCodes.map(areas.nameOf).join(', ') : t('partners.cityWide')}</dd>
        {p.contactRole && (
          <>
            <dt>{t('partners.detail.contactRole')}</dt>
            <dd>{p.contactRole}</dd>
          </>
        )}
        {p.description && (
          <>
            <dt>{t('partners.detail.description')}</dt>
            <dd>{p.description}</dd>
          </>
        )}
        <dt>{t('partners.columns.missions')}</dt>
        <dd>{t('partners.detail.missions', { count: p.missions })}</dd>
      </dl>
      {!canEdit && <p className="hint">{t('partners.detail.readOnly')}</p>}
      <ContactsSection partnerId={p.id} contacts={p.contacts} canEdit={canEdit} csrfToken={csrfToken} onChanged={saved} />
      <AgreementsSection partner={p} areas={areas} canEdit={canEdit} csrfToken={csrfToken} onChanged={saved} />
      {canEdit && (
        <details className="partner-edit">
          <summary>{t('partners.form.editTitle')}</summary>
          <PartnerForm
            partner={p}
            areas={areas}
            csrfToken={csrfToken}
            onSaved={(updated) => {
              set({ ...p, ...updated });
              setMessage(t('partners.form.saved', { name: updated.name }));
            }}
          />
        </details>
      )}
    </div>
  );
}
