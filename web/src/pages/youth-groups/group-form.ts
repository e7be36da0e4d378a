/** The group form's state and its API body (pure). */
import type { GroupBody, GroupView } from './types.ts';

export interface GroupFormState {
  name: string;
  areaCode: string;
  description: string;
  sizeEstimate: string;
  ageMin: string;
  ageMax: string;
  measures: string;
  partnerIds: string[];
  missionId: string;
  reviewDate: string;
}

export const EMPTY_FORM: GroupFormState = {
  name: '',
  areaCode: '',
  description: '',
  sizeEstimate: '',
  ageMin: '',
  ageMax: '',
  measures: '',
  partnerIds: [],
  missionId: '',
  reviewDate: '',
};

export function formOf(g: GroupView): GroupFormState {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    name: g.name,
    areaCode: g.areaCode,
    description: g.description ?? '',
    sizeEstimate: text(g.sizeEstimate),
    ageMin: text(g.ageMin),
    ageMax: text(g.ageMax),
    measures: g.measures.join('\n'),
    partnerIds: g.partners.map((p) => p.id),
    missionId: g.mission?.id ?? '',
    reviewDate: g.reviewDate ?? '',
  };
}

const number = (s: string) => (s.trim() === '' ? null : Number(s));
const lines = (s: string) =>
  s
    .split('\n')
    .map((m) => m.trim())
    .filter(Boolean);

/** The body for POST (and PATCH: every field, so clearing one clears it). */
export function bodyOf(f: GroupFormState): GroupBody {
  return {
    name: f.name.trim(),
    areaCode: f.areaCode,
    description: f.description.trim(),
    sizeEstimate: number(f.sizeEstimate),
    ageMin: number(f.ageMin),
    ageMax: number(f.ageMax),
    measures: lines(f.measures),
    partnerIds: f.partnerIds,
    missionId: f.missionId || null,
    reviewDate: f.reviewDate || null,
  };
}
