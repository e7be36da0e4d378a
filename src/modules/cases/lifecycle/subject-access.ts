/**
 * Subject access (AVG art. 15): everything stored on the person of one case — the case, the person
 * (with the full BSN and care information: the export is for the person), household, organisations
 * involved, links, status history, break-glass openings, the processing records about the case,
 * the other cases of the same person (by reference) and the parts other files of the module add
 * (`SUBJECT_ACCESS_PARTS`: plan, meetings). Only the procesregisseur exports (openCase 'export',
 * needs 'direct'); the export is logged as `cases.export`.
 */
import type { Config } from '../../../core/config.ts';
import type { CaseSubjectAccessPart } from '../../../core/module-contract.ts';
import type { ServiceContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { processingRecordsAbout } from '../../audit/index.ts';
import { partnerIdsOfUser, partnerNames } from '../../network/index.ts';
import { accountSummaries } from '../../users/index.ts';
import { type CaseAccess, caseSubject, openCase } from '../access/case-access.ts';
import { decryptField, type FieldKey, fieldKeyOf } from '../access/field-crypto.ts';
import { planSubjectAccessPart } from '../plan/plan-content.ts';
import * as store from './subject-access-store.ts';

/** One more part of the export, from a table of its own (plan, interventions, meetings). */
export interface SubjectAccessPart {
  key: string;
  collect(db: Db, caseId: string): Promise<unknown>;
}

/** The parts beyond the case's own tables (0105), added under `parts.<key>` of the export. */
export const SUBJECT_ACCESS_PARTS: readonly SubjectAccessPart[] = [{ key: 'planAndMeetings', collect: planSubjectAccessPart }];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const GEMEENTE = 'Gemeente';
const SYSTEM = 'Stadsveilig (automatisch)';

/** The organisation an actor acted for: the partner of their case membership, else their partner organisation, else the municipality. */
async function organisationNamer(db: Db, members: { user_id: string; partner_id: string | null }[], actors: readonly string[]) {
  const userIds = [...new Set(actors.filter((a) => a.startsWith('user:')).map((a) => a.slice(5)))];
  const accounts = await accountSummaries(db, userIds);
  const partnerOf = new Map<string, string | null>(members.map((m) => [m.user_id, m.partner_id]));
  for (const id of userIds) {
    if (partnerOf.has(id) || accounts.get(id)?.role !== 'partner') continue;
    partnerOf.set(id, (await partnerIdsOfUser(db, id))[0] ?? null);
  }
  const names = await partnerNames(
    db,
    [...partnerOf.values()].filter((p): p is string => p !== null),
  );
  return (actor: string): string => {
    if (actor.startsWith('system:')) return SYSTEM;
    if (!actor.startsWith('user:')) return actor;
    const partner = partnerOf.get(actor.slice(5));
    return (partner && names.get(partner)) || GEMEENTE;
  };
}

type CaseRow = Awaited<ReturnType<typeof store.findCaseRow>>;

const caseFacts = (c: CaseRow) => ({
  reference: c.reference,
  status: c.status,
  criteria: c.criteria,
  trajectory: c.trajectory,
  legalBasis: c.legal_basis,
  areaCode: c.area_code,
  openedAt: iso(c.opened_at),
  planSetAt: iso(c.plan_set_at),
  closedAt: iso(c.closed_at),
  closingReason: c.closing_reason,
  anonymisedAt: iso(c.anonymised_at),
  demo: c.demo,
});

const personFacts = (c: CaseRow, key: FieldKey) => ({
  name: c.person_name,
  birthDate: c.birth_date_text,
  bsn: decryptField(key, c.person_bsn_enc),
  address: c.person_address,
  careInfo: decryptField(key, c.care_info_enc),
});

async function collectCase(db: Db, config: Config, access: CaseAccess) {
  const id = access.caseId;
  const [c, household, members, partners, links, history, glass, records] = await Promise.all([
    store.findCaseRow(db, id),
    store.findHousehold(db, id),
    store.findMembers(db, id),
    store.findPartnerIds(db, id),
    store.findLinks(db, id),
    store.findStatusHistory(db, id),
    store.findBreakGlass(db, id),
    processingRecordsAbout(db, caseSubject(id)),
  ]);
  const key = fieldKeyOf(config);
  const organisationOf = await organisationNamer(db, members, [...records.map((r) => r.actor), ...glass.map((g) => `user:${g.user_id}`)]);
  const partnerName = await partnerNames(
    db,
    partners.map((p) => p.partner_id),
  );
  return {
    case: caseFacts(c),
    person: personFacts(c, key),
    household: household.map((h) => ({ name: h.name, birthDate: h.birth_date, relation: h.relation })),
    organisations: members.map((m) => ({ role: m.member_role, organisation: organisationOf(`user:${m.user_id}`), since: iso(m.added_at) })),
    partners: partners.map((p) => partnerName.get(p.partner_id) ?? p.partner_id),
    links: links.map((l) => ({ kind: l.kind, ref: l.ref, label: l.label, createdAt: iso(l.created_at) })),
    statusHistory: history.map((h) => ({ from: h.from_status, to: h.to_status, reason: h.reason, at: iso(h.at) })),
    breakGlass: glass.map((g) => ({
      organisation: organisationOf(`user:${g.user_id}`),
      reason: g.reason,
      openedAt: iso(g.opened_at),
      expiresAt: iso(g.expires_at),
      reviewed: g.reviewed_at !== null,
    })),
    processing: records.map((r) => ({
      time: r.time,
      activity: r.activity,
      description: r.name,
      operation: r.operation,
      organisation: organisationOf(r.actor),
      status: r.status,
    })),
    otherCases: await store.findOtherCaseReferences(db, id, c.search_hashes),
  };
}

export type SubjectAccessExport = Awaited<ReturnType<typeof collectCase>> & {
  generatedAt: string;
  parts: Record<string, unknown>;
};

/**
 * The export of one case for its person; 404/403 for anyone but the procesregisseur. `others`: the
 * parts other modules hold about the case (the registry's `caseSubjectAccess`, e.g. powers' decisions).
 */
export async function subjectAccessExport(
  ctx: ServiceContext,
  config: Config,
  caseId: string,
  format: 'json' | 'pdf',
  others: readonly CaseSubjectAccessPart[] = [],
  now = new Date(),
): Promise<SubjectAccessExport> {
  const access = await openCase(ctx, caseId, {
    operation: 'export',
    activity: 'cases.export',
    needs: 'direct',
    attributes: { format, parts: ['case', ...SUBJECT_ACCESS_PARTS.map((p) => p.key), ...others.map((p) => p.key)] },
    now,
  });
  const base = await collectCase(ctx.db, config, access);
  const parts: Record<string, unknown> = {};
  for (const part of SUBJECT_ACCESS_PARTS) parts[part.key] = await part.collect(ctx.db, caseId);
  for (const part of others) parts[part.key] = await part.collect(ctx, caseId);
  return { generatedAt: now.toISOString(), ...base, parts };
}
