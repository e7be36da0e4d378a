/** The accounts and fictional persons of the case meeting browser test (case-meetings-prepare.ts makes them). */
export const CASE_MEETING_USERS = {
  director: { email: 'regisseur@example.test', password: 'regie-Correct-Horse-42', name: 'Dirk Regisseur', role: 'caseworker' },
  partner: { email: 'reclassering@example.test', password: 'recl-Correct-Horse-42', name: 'Pia Partner', role: 'partner' },
  colleague: { email: 'collega@example.test', password: 'coll-Correct-Horse-42', name: 'Bas Collega', role: 'caseworker' },
} as const;

export const CASE_PERSONS = { first: 'Piet Proefpersoon', second: 'Klaas Testfiguur' } as const;
