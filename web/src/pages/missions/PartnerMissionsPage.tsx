/** A partner account's opgaven (/opgaven): the missions its organisation takes part in, read-only (the API lists only those). */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getPortfolio } from './api.ts';
import { PortfolioTable } from './PortfolioTable.tsx';
import { nameIndex, useBuurten, useNewestYear } from './use-reference.ts';

export function PartnerMissionsPage({ onNavigate }: { onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getPortfolio(), []);
  const names = nameIndex(useBuurten(useNewestYear()));
  return (
    <div className="page missions-page">
      <h1 tabIndex={-1}>{t('missions.partner.title')}</h1>
      <p className="lead">{t('missions.partner.lead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' &&
        (state.data.missions.length === 0 ? (
          <p className="notice">{t('missions.partner.none')}</p>
        ) : (
          <PortfolioTable missions={state.data.missions} names={names} onNavigate={onNavigate} />
        ))}
    </div>
  );
}
