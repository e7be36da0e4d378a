/** The tabs of Casussen: which parts someone sees comes from the capability helper. */
import { useTranslation } from 'react-i18next';
import type { Capabilities } from '../../ui/capabilities.ts';
import { CASES_PATH, FIGURES_PATH, MEETINGS_PATH, REVIEW_PATH, SEARCH_PATH } from './paths.ts';

type Tab = 'list' | 'meetings' | 'search' | 'review' | 'figures';
const TAB_PATHS: Record<Tab, string> = {
  list: CASES_PATH,
  meetings: MEETINGS_PATH,
  search: SEARCH_PATH,
  review: REVIEW_PATH,
  figures: FIGURES_PATH,
};

export function casesTabs(caps: Capabilities): Tab[] {
  return [
    ...(caps.participateInCases ? (['list', 'meetings'] as const) : []),
    ...(caps.searchCases ? (['search'] as const) : []),
    ...(caps.reviewCases ? (['review'] as const) : []),
    ...(caps.caseFigures ? (['figures'] as const) : []),
  ];
}

export function CasesTabs({ caps, current, onNavigate }: { caps: Capabilities; current: Tab; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t('cases.tabs.label')}>
      {casesTabs(caps).map((tab) => (
        <a
          key={tab}
          href={TAB_PATHS[tab]}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onNavigate(TAB_PATHS[tab]);
          }}
        >
          {t(`cases.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
