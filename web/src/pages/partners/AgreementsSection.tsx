/** A partner's agreements: kind, period, status with the expiry warning, legal basis, parties; add / change with network:edit. */
import { useTranslation } from 'react-i18next';
import type { Agreement, PartnerDetail } from './api.ts';
import { AgreementForm } from './AgreementForm.tsx';
import type { AreaNames } from './areas.ts';

interface Props {
  partner: PartnerDetail;
  areas: AreaNames;
  canEdit: boolean;
  csrfToken: string | null;
  onChanged(message: string): void;
}

export function AgreementsSection({ partner, areas, canEdit, csrfToken, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <section className="partner-section" aria-labelledby="partner-agreements-title">
      <h2 id="partner-agreements-title">{t('partners.agreements.title')}</h2>
      {partner.agreements.length === 0 && <p>{t('partners.agreements.none')}</p>}
      <ul className="partner-agreements">
        {partner.agreements.map((a) => (
          <li key={a.id} data-agreement={a.title} className={`agreement-${a.status}`}>
            <AgreementSummary agreement={a} areas={areas} />
            {canEdit && a.partnerId === partner.id && (
              <details>
                <summary>{t('partners.agreements.edit')}</summary>
                <AgreementForm partnerId={partner.id} agreement={a} areas={areas} csrfToken={csrfToken} onSaved={onChanged} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <details className="partner-add">
          <summary>{t('partners.agreements.add')}</summary>
          <AgreementForm partnerId={partner.id} areas={areas} csrfToken={csrfToken} onSaved={onChanged} />
        </details>
      )}
    </section>
  );
}

function AgreementSummary({ agreement: a, areas }: { agreement: Agreement; areas: AreaNames }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{a.title}</strong>{' '}
      <span className={`status-badge agreement-status ${a.status}`}>{t(`partners.agreements.status.${a.status}`)}</span>
      {a.warning && (a.status === 'expiring' || a.status === 'expired') && (
        <p className="field-error" role="note">
          {a.warning}
        </p>
      )}
      <span className="cell-sub">
        {t(`partners.agreements.kinds.${a.kind}`)} ·{' '}
        {a.endsOn
          ? t('partners.agreements.period', { from: a.startsOn, to: a.endsOn })
          : t('partners.agreements.from', { from: a.startsOn })}
      </span>
      <dl className="partner-facts">
        {a.legalBasis && (
          <>
            <dt>{t('partners.agreements.legalBasis')}</dt>
            <dd>{a.legalBasis}</dd>
          </>
        )}
        {a.dataCovered && (
          <>
            <dt>{t('partners.agreements.dataCovered')}</dt>
            <dd>{a.dataCovered}</dd>
          </>
        )}
        <dt>{t('partners.agreements.parties')}</dt>
        <dd>{a.parties.map((p) => p.name).join(', ')}</dd>
        <dt>{t('partners.agreements.areas')}</dt>
        <dd>{a.areaCodes.length ? a.areaCodes.map(areas.nameOf).join(', ') : t('partners.cityWide')}</dd>
      </dl>
    </>
  );
}
