/**
 * Bevoegdheden (administrative powers): the register of decisions, a decision with its Awb procedure,
 * deadlines and timeline, the map of active measures per wijk and the deadlines due soon. Which parts
 * someone sees comes from the capability helper; what a decision shows is decided by the API.
 */
import './i18n.ts';
import '../../ui/ui.css';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { DeadlinesPage } from './DeadlinesPage.tsx';
import { DecisionListPage } from './DecisionListPage.tsx';
import { DecisionPage } from './DecisionPage.tsx';
import { MeasuresMapPage } from './MeasuresMapPage.tsx';
import { NewDecisionPage } from './NewDecisionPage.tsx';
import type { PowersPageProps } from './page-props.ts';
import { type PowersRoute, powersRouteFor } from './paths.ts';
import { type PowersTab, PowersTabs } from './PowersTabs.tsx';

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  path: string;
  onNavigate(path: string): void;
}

const TAB_OF: Record<PowersRoute['page'], PowersTab> = { list: 'list', new: 'list', decision: 'list', map: 'map', deadlines: 'deadlines' };

export default function PowersApp({ session, path, onNavigate }: Props) {
  const caps = capabilitiesOf(session.permissions);
  const asked = powersRouteFor(path);
  const route: PowersRoute = asked.page === 'new' && !caps.editPowers ? { page: 'list' } : asked;
  const props: PowersPageProps = { caps, csrf: session.csrfToken ?? null, onNavigate };
  return (
    <>
      <PowersTabs current={TAB_OF[route.page]} onNavigate={onNavigate} />
      {route.page === 'new' ? (
        <NewDecisionPage {...props} />
      ) : route.page === 'decision' ? (
        <DecisionPage key={route.id} id={route.id} {...props} />
      ) : route.page === 'map' ? (
        <MeasuresMapPage {...props} />
      ) : route.page === 'deadlines' ? (
        <DeadlinesPage {...props} />
      ) : (
        <DecisionListPage {...props} />
      )}
    </>
  );
}
