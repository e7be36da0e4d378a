/** The tabs of Bevoegdheden: the register, the map of active measures and the deadlines. */
import { useTranslation } from 'react-i18next';
import { DEADLINES_PATH, MEASURES_MAP_PATH, POWERS_PATH } from './paths.ts';

export type PowersTab = 'list' | 'map' | 'deadlines';
const TAB_PATHS: Record<PowersTab, string> = { list: POWERS_PATH, map: MEASURES_MAP_PATH, deadlines: DEADLINES_PATH };

export function PowersTabs({ current, onNavigate }: { current: PowersTab; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t('powers.tabs.label')}>
      {(Object.keys(TAB_PATHS) as PowersTab[]).map((tab) => (
        <a
          key={tab}
          href={TAB_PATHS[tab]}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onNavigate(TAB_PATHS[tab]);
          }}
        >
          {t(`powers.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
