/**
 * What the signed-in user can use in the web app, derived once from the session's permissions.
 * Every page entry point and the navigation ask this (one helper per capability) instead of
 * checking permission strings, so a new role changes one place. The API still decides per object
 * (replies carry `permissions`); this only decides which pages and links are offered. Pure.
 */

/** How someone works with reports: staff see every report, a partner those forwarded to its organisation. */
export type SignalsAccess = 'staff' | 'partner' | null;

export interface Capabilities {
  /** The meldingen inbox and detail pages, and in which scope. */
  signals: SignalsAccess;
  /** A partner account only (no staff reading): its home is the inbox of forwarded reports. */
  partnerOnly: boolean;
  /** Export the inbox as CSV. */
  exportSignals: boolean;
  /** Categories, routing rules, templates (the meldingen settings page shows them read-only to staff). */
  signalSettings: boolean;
  configureSignals: boolean;
  /** Saved inbox filters (stored per staff member). */
  savedFilters: boolean;
  /** Opgaven: the whole portfolio (staff), or only the missions one's organisation takes part in (partner). */
  missions: 'staff' | 'partner' | null;
  editMissions: boolean;
  analysis: boolean;
  /** The signals data inside the analysis workbench. */
  analysisSignals: boolean;
  perception: boolean;
  moderateStories: boolean;
  /** Netwerk: staff read the whole network; a partner account its own organisation and the network of its areas. */
  network: 'staff' | 'partner' | null;
  /** Add and edit partners, contact persons and agreements. */
  editNetwork: boolean;
  /** Residents' initiatives: review them, see the initiators' contact details. */
  reviewInitiatives: boolean;
  /** The youth groups register (Beke shortlist), and editing it. */
  youthGroups: boolean;
  editYouthGroups: boolean;
  /** A partner account raises early signals (vroegsignalen) for the staff inbox. */
  earlySignals: boolean;
  /** Casussen (PGA): any way in — assigned work, the privacy officer's review, or aggregate figures. */
  cases: boolean;
  /** Be assigned to cases and see "my cases" (content only of the cases one is assigned to). */
  participateInCases: boolean;
  /** Open cases as procesregisseur and assign members. */
  directCases: boolean;
  /** Ask whether a case exists for a person (never its content). */
  searchCases: boolean;
  /** Open an unassigned case with a reason (break-glass). */
  breakGlass: boolean;
  /** The privacy officer's review: break-glass openings and case processing, no content. */
  reviewCases: boolean;
  /** Aggregate figures of the approach (no person in any figure). */
  caseFigures: boolean;
  /** The list of inclusion criteria. */
  configureCases: boolean;
  /** Bevoegdheden: the register of decisions under administrative powers, active measures, deadlines. */
  powers: boolean;
  /** Register decisions and take their Awb steps. */
  editPowers: boolean;
  /** The crime map (Kaart). */
  map: boolean;
  readUsers: boolean;
  manageUsers: boolean;
  /** Beheer: any of its sections (users, processing log, keys, mail, partners, imports, settings, demo). */
  administration: boolean;
}

/** The permissions of Beheer's sections (pages/beheer/paths.ts SECTIONS; a test keeps them equal). */
export const ADMINISTRATION_PERMISSIONS = [
  'users:manage',
  'audit:read',
  'signals:configure',
  'mail:manage',
  'partners:manage',
  'imports:run',
  'settings:manage',
  'demo:manage',
] as const;

export function capabilitiesOf(permissions: readonly string[]): Capabilities {
  const has = (p: string) => permissions.includes(p);
  const staffSignals = has('signals:read');
  const partner = !staffSignals && has('signals:partner');
  const partnerOnly = partner && !has('missions:read') && !has('analysis:read');
  return {
    signals: staffSignals ? 'staff' : partner ? 'partner' : null,
    partnerOnly,
    exportSignals: has('signals:export'),
    signalSettings: staffSignals,
    configureSignals: has('signals:configure'),
    savedFilters: staffSignals,
    missions: has('missions:read') ? 'staff' : partner ? 'partner' : null,
    editMissions: has('missions:edit'),
    analysis: has('analysis:read'),
    analysisSignals: has('analysis:read') && staffSignals,
    perception: has('perception:read'),
    moderateStories: has('perception:moderate'),
    network: has('network:read') ? 'staff' : partner ? 'partner' : null,
    editNetwork: has('network:edit'),
    reviewInitiatives: has('initiatives:review'),
    youthGroups: has('youthgroups:read'),
    editYouthGroups: has('youthgroups:edit'),
    earlySignals: partner,
    cases: ['cases:participate', 'cases:review', 'cases:figures'].some(has),
    participateInCases: has('cases:participate'),
    directCases: has('cases:direct'),
    searchCases: has('cases:search'),
    breakGlass: has('cases:break-glass'),
    reviewCases: has('cases:review'),
    caseFigures: has('cases:figures'),
    configureCases: has('cases:configure'),
    powers: has('powers:read'),
    editPowers: has('powers:edit'),
    map: !partnerOnly,
    readUsers: has('users:read'),
    manageUsers: has('users:manage'),
    administration: ADMINISTRATION_PERMISSIONS.some(has),
  };
}

/** The capabilities a navigation entry or page asks for. */
export type CapabilityName = {
  [K in keyof Capabilities]: Capabilities[K] extends boolean ? K : never;
}[keyof Capabilities];

/** True when the user has the capability (a scope counts when it is not null). */
export function capable(caps: Capabilities, name: CapabilityName | 'signals' | 'missions' | 'network'): boolean {
  const v = caps[name];
  return v !== null && v !== false;
}
