/**
 * The frame of every residents' page (no login): a light header with the municipality and the
 * language switch, the module's links, and the page. Modules pass their brand link and nav links.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { navLink } from '../ui/nav-link.ts';
import './public-page.css';

export interface PublicLink {
  to: string;
  label: string;
}

interface Props {
  path: string;
  brand: PublicLink;
  navLabel: string;
  links: PublicLink[];
  className?: string;
  onNavigate(path: string): void;
  children: ReactNode;
}

export function PublicPage({ path, brand, navLabel, links, className, onNavigate, children }: Props) {
  const { t } = useTranslation();
  const link = (to: string) => ({ ...navLink(to, onNavigate), 'aria-current': path === to ? ('page' as const) : undefined });
  return (
    <div className={className ? `public-app ${className}` : 'public-app'}>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="public-header">
        <a className="brand" {...link(brand.to)}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand-name">{brand.label}</span>
        </a>
        <LanguageSwitch />
      </header>
      <nav className="public-nav" aria-label={navLabel}>
        {links.map((l) => (
          <a key={l.to} {...link(l.to)}>
            {l.label}
          </a>
        ))}
      </nav>
      <main id="main" tabIndex={-1} className="public-main">
        {children}
      </main>
    </div>
  );
}
