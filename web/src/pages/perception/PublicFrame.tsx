/** The residents' beleving pages in the shared public frame: questionnaire, neighbourhood page, report link. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { PublicPage } from '../../shell/PublicPage.tsx';
import { FIND_AREA_PATH, FIND_PULSE_PATH, publicAreaPath, pulsePath } from './paths.ts';

interface Props {
  instance: Instance | null;
  path: string;
  /** The buurt or wijk the page is about (for the links between questionnaire and neighbourhood page); null while finding one. */
  code: string | null;
  onNavigate(path: string): void;
  children: ReactNode;
}

export function PublicFrame({ instance, path, code, onNavigate, children }: Props) {
  const { t } = useTranslation();
  const municipality = instance?.municipality.name;
  const brand = {
    to: code ? publicAreaPath(code) : FIND_AREA_PATH,
    label: municipality ? t('perception.frame.brand', { name: municipality }) : t('perception.frame.brandNoName'),
  };
  const links = [
    { to: code?.startsWith('BU') ? pulsePath(code) : FIND_PULSE_PATH, label: t('perception.frame.pulse') },
    { to: code ? publicAreaPath(code) : FIND_AREA_PATH, label: t('perception.frame.area') },
    { to: '/melden', label: t('perception.frame.report') },
  ];
  return (
    <PublicPage
      path={path}
      brand={brand}
      navLabel={t('perception.frame.navLabel')}
      links={links}
      className="perception-public"
      onNavigate={onNavigate}
    >
      {children}
    </PublicPage>
  );
}
