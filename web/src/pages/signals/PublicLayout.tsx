/** The resident's pages: a light header (name, municipality, language switch), links, and the page. */
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { LanguageSwitch } from '../../shell/LanguageSwitch.tsx';
import { PUBLIC_MAP_PATH, REPORT_PATH } from './paths.ts';

interface Props {
  instance: Instance | null;
  path: string;
  onNavigate(path: string): void;
  children: ReactNode;
}

export function PublicLayout({ instance, path, onNavigate, children }: Props) {
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
    <div className="public-app">
      <a className="skip-link" href="#main">{t('app.skipLink')}</a>
      <header className="public-header">
        <a className="brand" {...link(REPORT_PATH)}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand-name">{municipality ? t('signals.public.brand', { name: municipality }) : t('signals.public.brandNoName')}</span>
        </a>
        <LanguageSwitch />
      </header>
      <nav className="public-nav" aria-label={t('signals.public.navLabel')}>
        <a {...link(REPORT_PATH)}>{t('signals.public.navReport')}</a>
        <a {...link(PUBLIC_MAP_PATH)}>{t('signals.public.navMap')}</a>
      </nav>
      <main id="main" tabIndex={-1} className="public-main">{children}</main>
    </div>
  );
}
