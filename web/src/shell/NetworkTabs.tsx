/** The tabs of Netwerk: which parts someone sees comes from the capability helper. */
import { useTranslation } from 'react-i18next';
import '../ui/ui.css';
import type { Capabilities } from '../ui/capabilities.ts';
import { NETWORK_SECTION_PATHS, type NetworkSection } from './routes.ts';

interface Props {
  caps: Capabilities;
  current: NetworkSection;
  onNavigate(path: string): void;
}

export function networkTabs(caps: Capabilities): NetworkSection[] {
  if (caps.network === 'partner') return ['partners', 'overview'];
  if (caps.network !== 'staff') return [];
  return ['overview', 'partners', 'initiatives', ...(caps.youthGroups ? (['youth-groups'] as const) : []), 'target-groups'];
}

export function NetworkTabs({ caps, current, onNavigate }: Props) {
  const { t } = useTranslation();
  const partner = caps.network === 'partner';
  return (
    <nav className="sub-nav" aria-label={t('networkTabs.label')}>
      {networkTabs(caps).map((section) => (
        <a
          key={section}
          href={NETWORK_SECTION_PATHS[section]}
          aria-current={section === current ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onNavigate(NETWORK_SECTION_PATHS[section]);
          }}
        >
          {t(`networkTabs.${partner ? `partner-${section}` : section}`)}
        </a>
      ))}
    </nav>
  );
}
