/** A link to the public opgaven list, for other public pages (e.g. the neighbourhood page). Small on purpose: no page code comes along. */
import { useTranslation } from 'react-i18next';
import { navLink } from './links.ts';
import { PUBLIC_MISSIONS_PATH } from './paths.ts';

export function PublicMissionsLink({ onNavigate }: { onNavigate(p: string): void }) {
  const { t } = useTranslation();
  return <a {...navLink(PUBLIC_MISSIONS_PATH, onNavigate)} data-testid="public-missions-link">{t('missions.public.linkText')}</a>;
}
