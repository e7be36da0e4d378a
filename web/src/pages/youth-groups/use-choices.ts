/** What the group form offers: areas, active partners and missions (an unavailable list is empty). */
import { useAsync } from '../../ui/use-async.ts';
import { getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { getMissionChoices, getPartnerChoices } from './api.ts';
import type { Choices } from './GroupForm.tsx';

export function useChoices(): Choices {
  const [areas] = useAsync(() => getAreaChoices(), []);
  const [partners] = useAsync(() => getPartnerChoices().catch(() => []), []);
  const [missions] = useAsync(() => getMissionChoices().catch(() => []), []);
  return {
    areas: areas.status === 'ready' ? areas.data : null,
    partners: partners.status === 'ready' ? partners.data : [],
    missions: missions.status === 'ready' ? missions.data : [],
  };
}
