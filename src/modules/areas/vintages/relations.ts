/**
 * Code-to-code relations between two vintages of one municipality, by code identity:
 * a code in both is `same`; a code only in the older one is `discontinued` (to_code null);
 * a code only in the newer one is `new` (stored with from_code = to_code = the new code,
 * because the key needs a from_code and the code did not exist in the older vintage).
 * Splits and merges need CBS's own conversion tables and are not guessed here.
 */
import type { AreaRelationKind } from '../tables.ts';

export interface AreaRelation {
  fromYear: number;
  fromCode: string;
  toYear: number;
  toCode: string | null;
  relation: AreaRelationKind;
  note: string | null;
}

export interface CodedArea {
  code: string;
  name: string;
}

export function relationsBetween(fromYear: number, from: CodedArea[], toYear: number, to: CodedArea[]): AreaRelation[] {
  const toByCode = new Map(to.map((a) => [a.code, a]));
  const fromCodes = new Set(from.map((a) => a.code));
  const out: AreaRelation[] = [];
  for (const a of from) {
    const b = toByCode.get(a.code);
    if (b) {
      const renamed = b.name !== a.name ? `Name changed from '${a.name}' to '${b.name}'.` : null;
      out.push({ fromYear, fromCode: a.code, toYear, toCode: a.code, relation: 'same', note: renamed });
    } else {
      out.push({ fromYear, fromCode: a.code, toYear, toCode: null, relation: 'discontinued', note: `Niet meer in de indeling ${toYear}.` });
    }
  }
  for (const b of to) {
    if (!fromCodes.has(b.code)) {
      out.push({
        fromYear,
        fromCode: b.code,
        toYear,
        toCode: b.code,
        relation: 'new',
        note: `Nieuw in de indeling ${toYear}; bestond niet in ${fromYear}.`,
      });
    }
  }
  return out.sort((x, y) => x.fromCode.localeCompare(y.fromCode));
}
