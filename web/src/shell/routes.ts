/**
 * The modules in the navigation and the mapping between URL paths and modules (History API).
 * Pure, so the routing rules are unit-tested without a browser.
 */
export type ModuleId = 'kaart' | 'analyse' | 'meldingen' | 'beleving' | 'opgaven' | 'netwerk' | 'casussen' | 'beheer';

export interface ModuleEntry {
  id: ModuleId;
  path: string;
  /** Shown only when the session carries this permission (replies carry permissions; the UI does not recompute roles). */
  requires?: string;
  /** Built already; otherwise the "not available yet" page is shown. */
  available: boolean;
}

export const MODULES: readonly ModuleEntry[] = [
  { id: 'kaart', path: '/', available: true },
  { id: 'analyse', path: '/analyse', available: true },
  { id: 'meldingen', path: '/meldingen', available: true },
  { id: 'beleving', path: '/beleving', available: true },
  { id: 'opgaven', path: '/opgaven', available: true },
  { id: 'netwerk', path: '/netwerk', available: false },
  { id: 'casussen', path: '/casussen', available: false },
  { id: 'beheer', path: '/beheer', requires: 'users:manage', available: true },
];

export function visibleModules(permissions: readonly string[]): ModuleEntry[] {
  return MODULES.filter((m) => !m.requires || permissions.includes(m.requires));
}

/** The module for a path; unknown paths, and modules the user may not see, fall back to the map. */
export function moduleForPath(pathname: string, permissions: readonly string[]): ModuleEntry {
  const clean = pathname.replace(/\/+$/, '') || '/';
  const normalised = clean.toLowerCase();
  const visible = visibleModules(permissions);
  // Sub-paths belong to their module (e.g. /meldingen/M-2026-000001 is a report in Meldingen).
  const found = visible.find((m) => m.path === normalised) ?? visible.find((m) => m.path !== '/' && normalised.startsWith(`${m.path}/`));
  return found ?? (MODULES[0] as ModuleEntry);
}
