/**
 * The case itself: open one (procesregisseur), list the cases open to the caller, read one, reveal
 * the BSN, change fields. Content only after openCase (need-to-know, logged with the legal basis).
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { isUniqueViolation } from '../../../db/guarded-write.ts';
import { isKnownArea } from '../../areas/index.ts';
import { recordProcessing } from '../../audit/index.ts';
import { accountSummaries } from '../../users/index.ts';
import { caseIdsOpenTo, caseSubject, openCase } from '../access/case-access.ts';
import { buurtOfAddress } from './case-area.ts';
import { covenantBasis } from './case-covenants.ts';
import { resolveMembers, resolvePartners, withMembersOrganisations } from './case-members.ts';
import { presentCase } from './case-present.ts';
import type { CaseView, ChangeCaseInput, CreateCaseInput } from './case-schema.ts';
import {
  caseIdsLinkedTo,
  caseRow,
  caseRows,
  insertCase,
  insertHousehold,
  insertMember,
  insertStatus,
  isoOf,
  memberRows,
  nextReference,
  setCasePartners,
  updateCase,
} from './case-store.ts';
import { checkCriteria } from './criteria.ts';
import { decryptField, encryptField, type FieldKey, searchHashes } from '../access/field-crypto.ts';
import { checkedLink } from './links-service.ts';
import { insertLink } from './links-store.ts';
import type { CaseStatus } from '../tables.ts';

export interface CaseEnv {
  gemeente: string;
  key: FieldKey;
}

const userIdOf = (ctx: ServiceContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

async function checkArea(ctx: ServiceContext, gemeente: string, areaCode: string | null | undefined): Promise<void> {
  if (areaCode && !(await isKnownArea(ctx, gemeente, 'buurt', areaCode)))
    throw invalidInput([{ name: 'body.areaCode', reason: 'geen buurt van deze gemeente' }]);
}

/** The legal basis: a covenant of the network, or the name given. */
async function legalBasisOf(ctx: ServiceContext, gemeente: string, input: { legalBasis?: string; agreementId?: string }) {
  if (input.agreementId) return { legal_basis: await covenantBasis(ctx, gemeente, input.agreementId), agreement_id: input.agreementId };
  if (input.legalBasis) return { legal_basis: input.legalBasis, agreement_id: null };
  throw invalidInput([{ name: 'body.legalBasis', reason: 'noem de grondslag (convenant) of kies een convenant' }]);
}

async function insertWithReference(ctx: ServiceContext, env: CaseEnv, id: string, values: Parameters<typeof insertCase>[3]) {
  for (let attempt = 0; ; attempt++) {
    const reference = await nextReference(ctx.db, new Date().getUTCFullYear());
    try {
      await insertCase(ctx.db, env.gemeente, id, { ...values, reference });
      return;
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
}

/** Opens a case (cases:direct): the creator becomes its procesregisseur; status 'aangemeld'. */
export async function createCase(ctx: ServiceContext, env: CaseEnv, input: CreateCaseInput): Promise<CaseView> {
  authorize(ctx, 'cases:direct');
  await checkCriteria(ctx.db, env.gemeente, input.criteria);
  await checkArea(ctx, env.gemeente, input.areaCode);
  const basis = await legalBasisOf(ctx, env.gemeente, input);
  const directorId = userIdOf(ctx);
  const members = (await resolveMembers(ctx, env.gemeente, input.members ?? [])).filter((m) => m.userId !== directorId);
  const partnerIds = await resolvePartners(ctx, env.gemeente, input.partnerIds ?? []);
  const link = input.youthGroupId ? await checkedLink(ctx, env.gemeente, { kind: 'youth-group', ref: input.youthGroupId }) : null;
  const id = randomUUID();
  const p = input.person;
  await insertWithReference(ctx, env, id, {
    reference: '',
    criteria: [...new Set(input.criteria)],
    director_id: directorId,
    person_name: p.name,
    person_birth_date: p.birthDate ?? null,
    person_bsn_enc: encryptField(env.key, p.bsn),
    person_address: p.address || null,
    care_info_enc: encryptField(env.key, input.careInfo),
    search_hashes: searchHashes(env.key, p),
    area_code: input.areaCode ?? (await buurtOfAddress(ctx, env.gemeente, p.address)),
    trajectory: input.trajectory ?? null,
    youth_group_id: link?.ref ?? null,
    ...basis,
  });
  await insertStatus(ctx.db, id, { from: null, to: 'aangemeld', reason: null, actorId: directorId });
  if (directorId) await insertMember(ctx.db, id, { userId: directorId, role: 'director', partnerId: null, actorId: directorId });
  for (const m of members) await insertMember(ctx.db, id, { ...m, role: 'member', actorId: directorId });
  for (const h of input.household ?? []) await insertHousehold(ctx.db, id, h);
  await setCasePartners(ctx.db, id, withMembersOrganisations(partnerIds, members));
  if (link) await insertLink(ctx.db, id, link);
  await openCase(ctx, id, { operation: 'create', attributes: { members: members.length, household: input.household?.length ?? 0 } });
  return getCase(ctx, env, id);
}

/** One case with everything the caller may see of it (logged). */
export async function getCase(ctx: ServiceContext, env: CaseEnv, id: string): Promise<CaseView> {
  const access = await openCase(ctx, id, { operation: 'read', attributes: { part: 'case' } });
  const row = await caseRow(ctx.db, id);
  if (!row) throw new Error('case vanished after openCase');
  return presentCase(ctx, env.key, row, access);
}

/** The full BSN (logged separately, field 'bsn'). */
export async function revealBsn(ctx: ServiceContext, env: CaseEnv, id: string): Promise<{ bsn: string | null }> {
  await openCase(ctx, id, { operation: 'read', attributes: { field: 'bsn' } });
  const row = await caseRow(ctx.db, id);
  return { bsn: decryptField(env.key, row?.person_bsn_enc ?? null) };
}

export interface CaseListFilter {
  status?: CaseStatus;
  q?: string;
  youthGroup?: string;
}

/** The cases open to the caller (assigned or break-glass), filtered; one read record per case returned. */
export async function listCases(ctx: ServiceContext, filter: CaseListFilter) {
  const open = await caseIdsOpenTo(ctx);
  let ids: string[] | 'all' = open === 'all' ? 'all' : [...open.assigned, ...open.breakGlass];
  if (filter.youthGroup) {
    const linked = new Set(await caseIdsLinkedTo(ctx.db, 'youth-group', filter.youthGroup));
    ids = ids === 'all' ? [...linked] : ids.filter((id) => linked.has(id));
  }
  const q = filter.q?.toLowerCase();
  const rows = (await caseRows(ctx.db, ids, filter.status)).filter(
    (r) => !q || r.reference.toLowerCase().includes(q) || (r.person_name ?? '').toLowerCase().includes(q),
  );
  const directors = await accountSummaries(
    ctx.db,
    rows.flatMap((r) => (r.director_id ? [r.director_id] : [])),
  );
  const me = userIdOf(ctx);
  for (const r of rows)
    await recordProcessing(ctx, {
      activity: 'cases.read',
      operation: 'read',
      subject: caseSubject(r.id),
      legalBasis: r.legal_basis,
      attributes: { case: r.reference, part: 'list' },
    });
  const assigned = open === 'all' ? null : new Set(open.assigned);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    personName: r.person_name,
    status: r.status,
    criteria: r.criteria,
    director: r.director_id && directors.has(r.director_id) ? { id: r.director_id, name: directors.get(r.director_id)!.name } : null,
    myRole: (r.director_id === me ? 'director' : assigned === null || assigned.has(r.id) ? 'member' : 'break-glass') as
      | 'director'
      | 'member'
      | 'break-glass',
    openedAt: isoOf(r.opened_at)!,
  }));
}

function personValues(env: CaseEnv, row: NonNullable<Awaited<ReturnType<typeof caseRow>>>, p: NonNullable<ChangeCaseInput['person']>) {
  const name = p.name ?? row.person_name;
  const birthDate = p.birthDate !== undefined ? p.birthDate : row.person_birth_date;
  const bsn = p.bsn !== undefined ? p.bsn : decryptField(env.key, row.person_bsn_enc);
  return {
    person_name: name,
    person_birth_date: birthDate,
    ...(p.bsn !== undefined ? { person_bsn_enc: encryptField(env.key, p.bsn) } : {}),
    ...(p.address !== undefined ? { person_address: p.address || null } : {}),
    search_hashes: searchHashes(env.key, { name, birthDate, bsn }),
  };
}

/** Changes fields of the case (director or member); the legal basis and criteria only by the director. */
export async function changeCase(ctx: ServiceContext, env: CaseEnv, id: string, input: ChangeCaseInput): Promise<CaseView> {
  const directing = input.legalBasis !== undefined || input.agreementId !== undefined || input.criteria !== undefined;
  await openCase(ctx, id, { operation: 'update', needs: directing ? 'direct' : 'edit', attributes: { fields: Object.keys(input) } });
  const row = (await caseRow(ctx.db, id))!;
  if (input.criteria) await checkCriteria(ctx.db, env.gemeente, input.criteria);
  await checkArea(ctx, env.gemeente, input.areaCode);
  const values: Parameters<typeof updateCase>[2] = input.person ? personValues(env, row, input.person) : {};
  if (input.legalBasis !== undefined || input.agreementId !== undefined)
    Object.assign(values, await legalBasisOf(ctx, env.gemeente, input));
  if (input.criteria) values.criteria = [...new Set(input.criteria)];
  if (input.areaCode !== undefined) values.area_code = input.areaCode;
  else if (input.person?.address) values.area_code = await buurtOfAddress(ctx, env.gemeente, input.person.address);
  if (input.careInfo !== undefined) values.care_info_enc = encryptField(env.key, input.careInfo);
  if (input.trajectory !== undefined) values.trajectory = input.trajectory;
  if (input.partnerIds) {
    const chosen = await resolvePartners(ctx, env.gemeente, input.partnerIds);
    const members = (await memberRows(ctx.db, [id])).map((m) => ({ partnerId: m.partner_id }));
    await setCasePartners(ctx.db, id, withMembersOrganisations(chosen, members));
  }
  if (Object.keys(values).length > 0) await updateCase(ctx.db, id, values);
  return getCase(ctx, env, id);
}
