/** Netwerk → Jeugdgroepen: the register of youth groups (Beke shortlist): list, new group, a group's page. */
import './i18n.ts';
import './youth-groups.css';
import '../../ui/ui.css';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import type { NetworkPageProps } from '../../ui/network-page.ts';
import { GroupPage } from './GroupPage.tsx';
import { ListPage } from './ListPage.tsx';
import { NewGroupPage } from './NewGroupPage.tsx';
import { youthGroupsRouteFor } from './paths.ts';

export default function YouthGroupsApp({ session, instance, path, onNavigate }: NetworkPageProps) {
  const caps = capabilitiesOf(session.permissions);
  const route = youthGroupsRouteFor(path);
  const csrf = session.csrfToken ?? null;
  if (route.page === 'new' && caps.editYouthGroups) return <NewGroupPage csrf={csrf} onNavigate={onNavigate} />;
  if (route.page === 'detail')
    return (
      <GroupPage
        key={route.id}
        id={route.id}
        csrf={csrf}
        mapConfig={instance?.map ?? null}
        onNavigate={onNavigate}
        mayOpenCases={caps.participateInCases}
      />
    );
  return <ListPage canEdit={caps.editYouthGroups} onNavigate={onNavigate} />;
}
