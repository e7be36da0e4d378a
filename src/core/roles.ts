/**
 * Roles and the permission matrix. Authorisation is decided here and checked in services;
 * routes only pass the actor along. Replies carry the caller's permissions (see `permissionsFor`).
 */
export const ROLES = ['admin', 'analyst', 'coordinator', 'caseworker', 'partner', 'viewer', 'privacy'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  admin: { nl: 'beheerder', en: 'administrator' },
  analyst: { nl: 'analist', en: 'analyst' },
  coordinator: { nl: 'gebiedsregisseur', en: 'area coordinator' },
  caseworker: { nl: 'procesregisseur PGA', en: 'case director (PGA)' },
  partner: { nl: 'partner', en: 'partner' },
  viewer: { nl: 'meekijker', en: 'viewer' },
  privacy: { nl: 'privacyfunctionaris', en: 'privacy officer' },
};

/** Every action the foundation knows; later modules extend this list. */
export const PERMISSIONS = [
  'areas:read',
  'areas:import',
  'users:read',
  'users:manage',
  'audit:read',
  'incidents:read',
  'incidents:import',
  'analysis:detail',
  // analysis workbench views (aggregates with small counts suppressed unless analysis:detail): staff, not partners.
  'analysis:read',
  // signals (meldingen): read the inbox, handle reports, see reporter contact details,
  // configure categories/routing/templates/API keys, export CSV, import files.
  'signals:read',
  'signals:handle',
  'signals:contact',
  'signals:configure',
  'signals:export',
  'signals:import',
  // partner accounts: see and handle the reports forwarded to their organisation (signals/partner-access.ts).
  'signals:partner',
  // administration of the e-mail outbox (status, retry of failed messages).
  'mail:manage',
  // perception (veiligheidsbeleving): staff views with moderated stories and survey detail,
  // importing survey results, moderating residents' stories (queue, redaction, themes).
  'perception:read',
  'perception:import',
  'perception:moderate',
  // missions (opgaven): read all missions, create and edit them, approve public summaries, manage partners.
  'missions:read',
  'missions:edit',
  'missions:publish',
  'partners:manage',
  // the network (step 10): partners, contact persons and agreements per area (read / edit), residents'
  // initiatives (review: their contact details, status and support), youth groups (Beke shortlist).
  'network:read',
  'network:edit',
  'initiatives:review',
  'youthgroups:read',
  'youthgroups:edit',
  // PGA cases (step 11). Access to a case's content is per case (its members, cases/case-access.ts), never
  // by role: these permissions only say what someone may be asked to do. participate: be assigned to cases
  // and see "my cases"; direct: be procesregisseur (open cases, assign members); search: ask whether a case
  // exists for a person (never its content); break-glass: open an unassigned case with a reason; review:
  // the privacy officer's list of break-glass openings and case processing (no content); figures: aggregate
  // numbers without persons; configure: the list of inclusion criteria.
  'cases:participate',
  'cases:direct',
  'cases:search',
  'cases:break-glass',
  'cases:review',
  'cases:figures',
  'cases:configure',
  // administrative powers (step 12): the register of decisions (13b, 174a, 172, 172a, 151b/c/d, APV, Bibob) with
  // their Awb procedure and deadlines, the active measures per area, camera evaluations, closure effects.
  // A decision linked to a PGA case is open beyond its public part only to those who may open the case.
  'powers:read',
  'powers:edit',
  // municipality settings (Beheer → Instellingen): name, map background, base year, suppression thresholds.
  'settings:manage',
  // imports from the browser (Beheer → Imports): every kind of file import, run by the server (admins).
  'imports:run',
  // demo content: see what is loaded per module, load it, remove it (admins).
  'demo:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MATRIX: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  analyst: [
    'areas:read',
    'incidents:read',
    'incidents:import',
    'analysis:read',
    'analysis:detail',
    'signals:read',
    'signals:export',
    'signals:import',
    'perception:read',
    'perception:import',
    'missions:read',
    'missions:edit',
    'network:read',
    'youthgroups:read',
    'cases:figures',
    'powers:read',
  ],
  coordinator: [
    'areas:read',
    'incidents:read',
    'analysis:read',
    'signals:read',
    'signals:handle',
    'signals:contact',
    'signals:export',
    'perception:read',
    'perception:moderate',
    'missions:read',
    'missions:edit',
    'missions:publish',
    'partners:manage',
    'network:read',
    'network:edit',
    'initiatives:review',
    'youthgroups:read',
    'youthgroups:edit',
    'cases:figures',
    'powers:read',
    'powers:edit',
  ],
  caseworker: [
    'areas:read',
    'incidents:read',
    'analysis:read',
    'signals:read',
    'signals:handle',
    'signals:contact',
    'perception:read',
    'missions:read',
    'network:read',
    'youthgroups:read',
    'cases:participate',
    'cases:direct',
    'cases:search',
    'cases:break-glass',
    'cases:figures',
    'powers:read',
  ],
  partner: ['areas:read', 'incidents:read', 'perception:read', 'signals:partner', 'cases:participate'],
  viewer: [
    'areas:read',
    'incidents:read',
    'analysis:read',
    'signals:read',
    'perception:read',
    'missions:read',
    'network:read',
    'cases:figures',
  ],
  // The privacy officer (functionaris gegevensbescherming): the processing log and the review of
  // break-glass openings; never a case's content.
  privacy: ['areas:read', 'audit:read', 'cases:review', 'cases:figures'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission);
}

export function permissionsOfRole(role: Role): Permission[] {
  return [...MATRIX[role]];
}
