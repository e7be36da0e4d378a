/** The new-case form's state and its request body (pure, unit-tested). */
import type { NewCaseBody } from './api-cases.ts';

export interface HouseholdRow {
  name: string;
  birthDate: string;
  relation: string;
}

export interface NewCaseForm {
  name: string;
  birthDate: string;
  bsn: string;
  address: string;
  careInfo: string;
  trajectory: string;
  criteria: string[];
  /** 'covenant': a covenant of the network; 'text': a named legal basis. */
  basisKind: 'covenant' | 'text';
  agreementId: string;
  legalBasis: string;
  household: HouseholdRow[];
  memberIds: string[];
  partnerIds: string[];
  youthGroupId: string;
}

export const EMPTY_CASE_FORM: NewCaseForm = {
  name: '',
  birthDate: '',
  bsn: '',
  address: '',
  careInfo: '',
  trajectory: '',
  criteria: [],
  basisKind: 'covenant',
  agreementId: '',
  legalBasis: '',
  household: [],
  memberIds: [],
  partnerIds: [],
  youthGroupId: '',
};

/** Adds or removes a value of a list of choices (checkboxes). */
export const toggle = (list: readonly string[], value: string, on: boolean): string[] =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

/** The POST /cases body: empty fields left out, household rows without a relation dropped. */
export function newCaseBody(f: NewCaseForm): NewCaseBody {
  const household = f.household
    .filter((h) => h.relation.trim())
    .map((h) => ({ relation: h.relation.trim(), name: h.name.trim() || null, birthDate: h.birthDate || null }));
  return {
    person: {
      name: f.name.trim(),
      birthDate: f.birthDate || null,
      bsn: f.bsn.trim() || null,
      address: f.address.trim() || null,
    },
    criteria: f.criteria,
    ...(f.basisKind === 'covenant' && f.agreementId ? { agreementId: f.agreementId } : {}),
    ...(f.basisKind === 'text' && f.legalBasis.trim() ? { legalBasis: f.legalBasis.trim() } : {}),
    careInfo: f.careInfo.trim() || null,
    trajectory: (f.trajectory || null) as NewCaseBody['trajectory'],
    household,
    members: f.memberIds.map((userId) => ({ userId })),
    partnerIds: f.partnerIds,
    youthGroupId: f.youthGroupId || null,
  };
}
