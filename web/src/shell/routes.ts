/**
 * The modules in the navigation and the mapping between URL paths and modules (History API).
 * Which modules someone sees comes from the capability helper (ui/capabilities.ts), never from
 * permission strings here. Pure, so the routing rules are unit-tested without a browser.
 */
import { type CapabilityName, capabilitiesOf, capable } from '../ui/capabilities.ts';

export type ModuleId = 'kaart' | 'analyse' | 'meldingen' | 'beleving' | 'opgaven' | 'netwerk' | 'casussen' | 'bevoegdheden' | 'beheer';

export interface ModuleEntry {
  id: ModuleId;
  path: string;
  /** Shown only with this capability (derived from the session's permissions; the UI does not recompute roles). */
  requires?: CapabilityName | 'signals' | 'missions' | 'network';
  /** Built already; otherwise the "not available yet" page is shown. */
  available: boolean;
}

export const MODULES: readonly ModuleEntry[] = [
  { id: 'kaart', path: '/', requires: 'map', available: true },
  { id: 'analyse', path: '/analyse', requires: 'analysis', available: true },
  { id: 'meldingen', path: '/meldingen', requires: 'signals', available: true },
  { id: 'beleving', path: '/beleving', requires: 'perception', available: true },
  { id: 'opgaven', path: '/opgaven', requires: 'missions', available: true },
  { id: 'netwerk', path: '/netwerk', requires: 'network', available: true },
  { id: 'casussen', path: '/casussen', requires: 'cases', available: true },
  { id: 'bevoegdheden', path: '/bevoegdheden', requires: 'powers', available: true },
  { id: 'beheer', path: '/beheer', requires: 'administration', available: true },
];

export function visibleModules(permissions: readonly string[]): ModuleEntry[] {
  const caps = capabilitiesOf(permissions);
  return MODULES.filter((m) => !m.requires || capable(caps, m.requires));
}

/** Where someone lands: the map for staff, the inbox of forwarded reports for a partner account. */
export function homeModule(permissions: readonly string[]): ModuleEntry {
  const visible = visibleModules(permissions);
  return visible[0] ?? (MODULES[0] as ModuleEntry);
}

/** The module for a path; unknown paths, and modules the user may not see, fall back to the home module. */
export function moduleForPath(pathname: string, permissions: readonly string[]): ModuleEntry {
  const clean = pathname.replace(/\/+$/, '') || '/';
  const normalised = clean.toLowerCase();
  const visible = visibleModules(permissions);
  // Sub-paths belong to their module (e.g. /meldingen/M-2026-000001 is a report in Meldingen).
  const found = visible.find((m) => m.path === normalised) ?? visible.find((m) => m.path !== '/' && normalised.startsWith(`${m.path}/`));
  return found ?? homeModule(permissions);
}

/** The parts of Netwerk, each a page folder of its own: the overview per area, partners, initiatives, youth groups, target groups. */
export type NetworkSection = 'overview' | 'partners' | 'initiatives' | 'youth-groups' | 'target-groups';

export const NETWORK_SECTION_PATHS: Readonly<Record<NetworkSection, string>> = {
  overview: '/netwerk',
  partners: '/netwerk/partners',
  initiatives: '/netwerk/initiatieven',
  'youth-groups': '/netwerk/jeugdgroepen',
  'target-groups': '/netwerk/doelgroepen',
};

/** The Netwerk part a path belongs to; everything else under /netwerk is the overview (per area). */
export function networkSectionFor(pathname: string): NetworkSection {
  const p = (pathname.replace(/\/+$/, '') || '/').toLowerCase();
  for (const section of ['partners', 'initiatives', 'youth-groups', 'target-groups'] as const) {
    const base = NETWORK_SECTION_PATHS[section];
    if (p === base || p.startsWith(`${base}/`)) return section;
  }
  return 'overview';
}
