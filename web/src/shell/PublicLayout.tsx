/** The resident's meldingen pages in the shared public frame: report form and public map. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../api/types.ts';
import { PublicPage } from './PublicPage.tsx';
import { PUBLIC_INITIATIVES_PATH } from '../pages/initiatives/paths.ts';
import { PUBLIC_MAP_PATH, REPORT_PATH } from '../pages/signals/paths.ts';

interface Props {
  instance: Instance | null;
  path: string;
  onNavigate(path: string): void;
  children: ReactNode;
}

export function PublicLayout({ instance, path, onNavigate, children }: Props) {
  const { t } = useTranslation();
  const municipality = instance?.municipality.name;
  const brand = {
    to: REPORT_PATH,
    label: municipality ? t('signals.public.brand', { name: municipality }) : t('signals.public.brandNoName'),
  };
  const links = [
    { to: REPORT_PATH, label: t('signals.public.navReport') },
    { to: PUBLIC_MAP_PATH, label: t('signals.public.navMap') },
    // Residents' own initiatives (buurtpreventie, WhatsApp groups): the list links to the registration form.
    { to: PUBLIC_INITIATIVES_PATH, label: t('signals.public.navInitiatives') },
  ];
  return (
    <PublicPage path={path} brand={brand} navLabel={t('signals.public.navLabel')} links={links} onNavigate={onNavigate}>
      {children}
    </PublicPage>
  );
}
