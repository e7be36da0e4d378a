/**
 * Netwerk → overview (/netwerk) and the network of one area (/netwerk/gebied/{code}). The other
 * parts of Netwerk (partners, initiatives, youth groups, target groups) are page folders of their own.
 */
import { capabilitiesOf } from '../../ui/capabilities.ts';
import type { NetworkPageProps } from '../../ui/network-page.ts';
import { AreaPage } from './AreaPage.tsx';
import './i18n.ts';
import './network.css';
import { OverviewPage } from './OverviewPage.tsx';
import { networkRouteFor } from './paths.ts';

export default function NetworkApp({ instance, session, path, onNavigate }: NetworkPageProps) {
  const caps = capabilitiesOf(session.permissions);
  const route = networkRouteFor(path);
  if (route.page === 'area')
    return <AreaPage key={route.code} code={route.code} instance={instance} perception={caps.perception} onNavigate={onNavigate} />;
  return <OverviewPage instance={instance} partner={caps.network === 'partner'} onNavigate={onNavigate} />;
}
