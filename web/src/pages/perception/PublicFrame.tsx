/** The residents' beleving pages in the shared public frame: questionnaire, neighbourhood page, report link. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { PublicPage } from '../../shell/PublicPage.tsx';
import { publicAreaPath, pulsePath } from './paths.ts';

interface Props {
  instance: Instance | null;
  path: string;
  /** The buurt or wijk the page is about (for the links between questionnaire and neighbourhood page). */
  code: string;
  onNavigate(path: string): void;
  children: ReactNode;
}

export function PublicFrame({ instance, path, code, onNavigate, children }: Props) {
  const { t } = useTranslation();
  const municipality = instance?.municipality.name;
  const brand = {
    to: publicAreaPath(code),
    label: municipality ? t('perception.frame.brand', { name: municipality }) : t('perception.frame.brandNoName'),
  };
  const links = [
    ...(code.startsWith('BU') ? [{ to: pulsePath(code), label: t('perception.frame.pulse') }] : []),
    { to: publicAreaPath(code), label: t('perception.frame.area') },
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
