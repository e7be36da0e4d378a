/**
 * Netwerk → Partners. Staff: the list with filters and a partner's page (forms with network:edit).
 * A partner account: its own organisation's page (or a list of its organisations), read-only.
 */
import { useTranslation } from 'react-i18next';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import type { NetworkPageProps } from '../../ui/network-page.ts';
import { useAsync } from '../../ui/use-async.ts';
import { listPartners } from './api.ts';
import { type AreaNames, useAreaNames } from './areas.ts';
import './i18n.ts';
import { PartnerList, PartnerTable } from './PartnerList.tsx';
import { PartnerPage } from './PartnerPage.tsx';
import { partnersRouteFor } from './paths.ts';
import './partners.css';

export default function PartnersApp({ session, path, onNavigate }: NetworkPageProps) {
  const { t } = useTranslation();
  const caps = capabilitiesOf(session.permissions);
  const route = partnersRouteFor(path);
  const areas = useAreaNames();
  const csrf = session.csrfToken;
  if (!caps.network) return <p className="page">{t('partners.noAccess')}</p>;
  if (route.page === 'unknown') return <p className="page">{t('partners.notFound')}</p>;
  if (route.page === 'detail') {
    return (
      <PartnerPage
        key={route.id}
        id={route.id}
        areas={areas}
        canEdit={caps.editNetwork}
        csrfToken={csrf}
        showBack
        onNavigate={onNavigate}
      />
    );
  }
  if (caps.network === 'partner') return <OwnOrganisations areas={areas} csrfToken={csrf} onNavigate={onNavigate} />;
  return <PartnerList areas={areas} canEdit={caps.editNetwork} csrfToken={csrf} onNavigate={onNavigate} />;
}

/** A partner account: its organisation's page, or the list of its organisations when it acts for several. */
function OwnOrganisations({ areas, csrfToken, onNavigate }: { areas: AreaNames; csrfToken: string | null; onNavigate(p: string): void }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => listPartners({}).then((all) => all.filter((p) => p.own)), []);
  if (state.status === 'loading') return <p role="status">{t('partners.loading')}</p>;
  if (state.status === 'error') return <p className="page">{t('partners.own.none')}</p>;
  const [only] = state.data;
  if (state.data.length === 1 && only) {
    return <PartnerPage id={only.id} areas={areas} canEdit={false} csrfToken={csrfToken} showBack={false} onNavigate={onNavigate} />;
  }
  return (
    <div className="page partners-page">
      <h1 tabIndex={-1}>{t('partners.own.title')}</h1>
      {state.data.length === 0 ? (
        <p>{t('partners.own.none')}</p>
      ) : (
        <>
          <p className="hint">{t('partners.own.intro')}</p>
          <PartnerTable rows={state.data} areas={areas} onNavigate={onNavigate} />
        </>
      )}
    </div>
  );
}
