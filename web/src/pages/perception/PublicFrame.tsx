/** The residents' beleving pages: a light header (municipality, language switch), links, and the page. */
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { LanguageSwitch } from '../../shell/LanguageSwitch.tsx';
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
  const link = (to: string) => ({
    href: to,
    'aria-current': path === to ? ('page' as const) : undefined,
    onClick: (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onNavigate(to);
    },
  });
  return (
    <div className="public-app perception-public">
      <a className="skip-link" href="#main">{t('app.skipLink')}</a>
      <header className="public-header">
        <a className="brand" {...link(publicAreaPath(code))}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand-name">{municipality ? t('perception.frame.brand', { name: municipality }) : t('perception.frame.brandNoName')}</span>
        </a>
        <LanguageSwitch />
      </header>
      <nav className="public-nav" aria-label={t('perception.frame.navLabel')}>
        {code.startsWith('BU') && <a {...link(pulsePath(code))}>{t('perception.frame.pulse')}</a>}
        <a {...link(publicAreaPath(code))}>{t('perception.frame.area')}</a>
        <a {...link('/melden')}>{t('perception.frame.report')}</a>
      </nav>
      <main id="main" tabIndex={-1} className="public-main">{children}</main>
    </div>
  );
}
