/**
 * URL paths of the Beheer (administration) page and its sections. A section is listed only when it
 * is built and the session carries its permission, so the sub-navigation never shows a dead link;
 * later sections (processing log, API keys, mail, categories, imports, settings) add an entry. Pure.
 */
export const BEHEER_PATH = '/beheer';
export const USERS_PATH = '/beheer/gebruikers';
export const LOG_SECTION_PATH = '/beheer/verwerkingslog';
export const CATEGORIES_PATH = '/beheer/categorieen';
export const ROUTING_PATH = '/beheer/routering';
export const IMPORTS_PATH = '/beheer/imports';

export type SectionId =
  | 'users'
  | 'log'
  | 'keys'
  | 'mail'
  | 'departments'
  | 'partners'
  | 'categories'
  | 'routing'
  | 'imports'
  | 'settings'
  | 'demo';

export interface BeheerSection {
  id: SectionId;
  path: string;
  /** The permission the session must carry to see the section. */
  requires: string;
}

export const SECTIONS: readonly BeheerSection[] = [
  { id: 'users', path: USERS_PATH, requires: 'users:manage' },
  { id: 'log', path: LOG_SECTION_PATH, requires: 'audit:read' },
  { id: 'keys', path: '/beheer/api-sleutels', requires: 'signals:configure' },
  { id: 'mail', path: '/beheer/mail', requires: 'mail:manage' },
  { id: 'departments', path: '/beheer/afdelingen', requires: 'users:manage' },
  { id: 'partners', path: '/beheer/partners', requires: 'partners:manage' },
  { id: 'categories', path: CATEGORIES_PATH, requires: 'signals:configure' },
  { id: 'routing', path: ROUTING_PATH, requires: 'signals:configure' },
  { id: 'imports', path: IMPORTS_PATH, requires: 'imports:run' },
  { id: 'settings', path: '/beheer/instellingen', requires: 'settings:manage' },
  { id: 'demo', path: '/beheer/demo', requires: 'demo:manage' },
];

export function visibleSections(permissions: readonly string[]): BeheerSection[] {
  return SECTIONS.filter((s) => permissions.includes(s.requires));
}

/** The section for a path: its own path or below it; `/beheer` itself and unknown paths open the first visible one. */
export function sectionFor(pathname: string, permissions: readonly string[]): BeheerSection | null {
  const clean = (pathname.replace(/\/+$/, '') || '/').toLowerCase();
  const visible = visibleSections(permissions);
  return visible.find((s) => clean === s.path || clean.startsWith(`${s.path}/`)) ?? visible[0] ?? null;
}
