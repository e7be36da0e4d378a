/**
 * Casussen (PGA): my cases, a case with its plan and timeline, case meetings, the existence search
 * with break-glass, the privacy officer's review and the aggregate figures. Which parts someone
 * sees comes from the capability helper; what a case shows is decided per case by the API.
 */
import './i18n.ts';
import '../../ui/ui.css';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { CaseListPage } from './CaseListPage.tsx';
import { CasePage } from './CasePage.tsx';
import { CasesTabs } from './CasesTabs.tsx';
import { FiguresPage } from './FiguresPage.tsx';
import { MeetingPage } from './MeetingPage.tsx';
import { MeetingsPage } from './MeetingsPage.tsx';
import { NewCasePage } from './NewCasePage.tsx';
import { NewMeetingPage } from './NewMeetingPage.tsx';
import type { CasesPageProps } from './page-props.ts';
import { type CasesRoute, casesRouteFor } from './paths.ts';
import { ReviewPage } from './ReviewPage.tsx';
import { SearchPage } from './SearchPage.tsx';

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  path: string;
  onNavigate(path: string): void;
}

/** The route someone may see: a part their capabilities do not give falls back to their first part. */
function allowedRoute(route: CasesRoute, caps: CasesPageProps['caps']): CasesRoute {
  const may: Record<CasesRoute['page'], boolean> = {
    list: caps.participateInCases,
    new: caps.directCases,
    case: caps.participateInCases || caps.breakGlass,
    meetings: caps.participateInCases,
    'new-meeting': caps.directCases,
    meeting: caps.participateInCases,
    search: caps.searchCases,
    review: caps.reviewCases,
    figures: caps.caseFigures,
  };
  if (may[route.page]) return route;
  if (caps.participateInCases) return { page: 'list' };
  if (caps.reviewCases) return { page: 'review' };
  return { page: 'figures' };
}

const TAB_OF: Record<CasesRoute['page'], 'list' | 'meetings' | 'search' | 'review' | 'figures'> = {
  list: 'list',
  new: 'list',
  case: 'list',
  meetings: 'meetings',
  'new-meeting': 'meetings',
  meeting: 'meetings',
  search: 'search',
  review: 'review',
  figures: 'figures',
};

export default function CasesApp({ session, path, onNavigate }: Props) {
  const caps = capabilitiesOf(session.permissions);
  const route = allowedRoute(casesRouteFor(path), caps);
  const props: CasesPageProps = { caps, csrf: session.csrfToken ?? null, userId: session.user.id, onNavigate };
  return (
    <>
      <CasesTabs caps={caps} current={TAB_OF[route.page]} onNavigate={onNavigate} />
      {route.page === 'new' ? (
        <NewCasePage {...props} />
      ) : route.page === 'case' ? (
        <CasePage key={route.id} id={route.id} {...props} />
      ) : route.page === 'meetings' ? (
        <MeetingsPage {...props} />
      ) : route.page === 'new-meeting' ? (
        <NewMeetingPage {...props} />
      ) : route.page === 'meeting' ? (
        <MeetingPage key={route.id} id={route.id} {...props} />
      ) : route.page === 'search' ? (
        <SearchPage {...props} />
      ) : route.page === 'review' ? (
        <ReviewPage {...props} />
      ) : route.page === 'figures' ? (
        <FiguresPage {...props} />
      ) : (
        <CaseListPage {...props} />
      )}
    </>
  );
}
