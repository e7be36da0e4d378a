/** Navigation between modules; links use the History API (see use-location.ts). */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleEntry } from './routes.ts';

interface Props {
  modules: ModuleEntry[];
  current: ModuleEntry;
  open: boolean;
  onNavigate(path: string): void;
}

export function Nav({ modules, current, open, onNavigate }: Props) {
  const { t } = useTranslation();
  function follow(event: MouseEvent<HTMLAnchorElement>, path: string) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(path);
  }
  return (
    <nav id="main-nav" className={open ? 'main-nav open' : 'main-nav'} aria-label={t('header.navLabel')}>
      <ul>
        {modules.map((m) => (
          <li key={m.id}>
            <a href={m.path} aria-current={m.id === current.id ? 'page' : undefined} onClick={(e) => follow(e, m.path)} data-module={m.id}>
              {t(`nav.${m.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
