/** Rows → API views of a case: names of directors, members and partners, decrypted fields (only after openCase). */
import type { ServiceContext } from '../../../core/context.ts';
import { partnerNames } from '../../network/index.ts';
import { accountSummaries } from '../../users/index.ts';
import type { CaseAccess } from '../access/case-access.ts';
import type { CaseView } from './case-schema.ts';
import { type CaseRow, householdRows, isoOf, memberRows, partnerIdsOfCase } from './case-store.ts';
import { decryptField, type FieldKey, maskBsn } from '../access/field-crypto.ts';
import { linkRows } from './links-store.ts';
import { transitionsFrom } from './status.ts';

const named = (map: Map<string, { name: string } | string>, id: string | null) => {
  if (!id) return null;
  const v = map.get(id);
  return v === undefined ? null : { id, name: typeof v === 'string' ? v : v.name };
};

export async function presentCase(ctx: ServiceContext, key: FieldKey, row: CaseRow, access: CaseAccess): Promise<CaseView> {
  const [members, partnerIds, household, links] = await Promise.all([
    memberRows(ctx.db, [row.id]),
    partnerIdsOfCase(ctx.db, row.id),
    householdRows(ctx.db, row.id),
    linkRows(ctx.db, row.id),
  ]);
  const users = await accountSummaries(ctx.db, [...members.map((m) => m.user_id), ...(row.director_id ? [row.director_id] : [])]);
  const partners = await partnerNames(ctx.db, [...partnerIds, ...members.flatMap((m) => (m.partner_id ? [m.partner_id] : []))]);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    person: {
      name: row.person_name,
      birthDate: row.person_birth_date,
      bsnMasked: maskBsn(decryptField(key, row.person_bsn_enc)),
      address: row.person_address,
    },
    areaCode: row.area_code,
    careInfo: decryptField(key, row.care_info_enc),
    trajectory: row.trajectory,
    criteria: row.criteria,
    legalBasis: row.legal_basis,
    agreementId: row.agreement_id,
    closingReason: row.closing_reason,
    openedAt: isoOf(row.opened_at)!,
    planSetAt: isoOf(row.plan_set_at),
    closedAt: isoOf(row.closed_at),
    director: named(users, row.director_id),
    members: members.map((m) => ({
      userId: m.user_id,
      name: users.get(m.user_id)?.name ?? '?',
      role: m.member_role,
      partner: named(partners, m.partner_id),
      addedAt: isoOf(m.added_at)!,
    })),
    partners: partnerIds.flatMap((id) => (partners.has(id) ? [{ id, name: partners.get(id)! }] : [])),
    household: household.map((h) => ({ id: h.id, name: h.name, birthDate: h.birth_date, relation: h.relation })),
    links: links.map((l) => ({ id: l.id, kind: l.kind, ref: l.ref, label: l.label })),
    transitions: access.mayDirect ? transitionsFrom(row.status) : [],
    permissions: { edit: access.mayEdit, direct: access.mayDirect, via: access.via, until: isoOf(access.until) },
  };
}
