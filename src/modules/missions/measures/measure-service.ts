/**
 * Measures (maatregelen) of a mission: preventive, repressive, care, behavioural (with EAST design
 * and hypothesis) and administrative powers (bevoegdheden) with their legal basis.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { notFound } from '../not-found.ts';
import { guardedWrite } from '../../../db/guarded-write.ts';
import { findPartner, partnerNames } from '../../network/index.ts';
import { requireMissionAccess } from '../access.ts';
import { LEGAL_BASIS, measureRules, type CreateMeasureInput, type MeasureView, type PatchMeasureInput } from './schema.ts';
import { dateText } from '../../../db/date-text.ts';
import { scopeErrors } from '../mission-validate.ts';
import type { Scope } from '../scope/scope.ts';
import type { MeasureStatus, MeasureType, PowerKind } from '../tables.ts';

export interface MeasureRow {
  id: string;
  mission_id: string;
  title: string;
  description: string;
  type: MeasureType;
  power_kind: PowerKind | null;
  legal_basis: string | null;
  owner_partner_id: string | null;
  owner_name: string | null;
  start_date: string | null;
  end_date: string | null;
  cost_eur: number | null;
  status: MeasureStatus;
  design: unknown;
  hypothesis: string | null;
  scope: unknown;
  /** A compliance trial is set up for this (behavioural) measure (trials/). */
  has_trial: boolean;
}

/** The measures of these missions, each with the name of its owning partner (network `partnerNames`). */
export async function measureRows(ctx: ServiceContext, missionIds: string[]): Promise<MeasureRow[]> {
  if (missionIds.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('mission_measures as m')
    .select([
      'm.id',
      'm.mission_id',
      'm.title',
      'm.description',
      'm.type',
      'm.power_kind',
      'm.legal_basis',
      'm.owner_partner_id',
      dateText('m.start_date').as('start_date'),
      dateText('m.end_date').as('end_date'),
      'm.cost_eur',
      'm.status',
      'm.design',
      'm.hypothesis',
      'm.scope',
    ])
    .where('m.mission_id', 'in', missionIds)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  const owners = await partnerNames(
    ctx.db,
    rows.flatMap((r) => (r.owner_partner_id ? [r.owner_partner_id] : [])),
  );
  const trials = new Set(
    (await ctx.db.selectFrom('mission_trials').select('measure_id').where('mission_id', 'in', missionIds).execute()).map(
      (r) => r.measure_id,
    ),
  );
  return rows.map((r) => ({
    ...r,
    owner_name: r.owner_partner_id ? (owners.get(r.owner_partner_id) ?? null) : null,
    has_trial: trials.has(r.id),
  })) as MeasureRow[];
}

export function presentMeasure(r: MeasureRow, edit: boolean): MeasureView {
  return {
    id: r.id,
    missionId: r.mission_id,
    title: r.title,
    description: r.description,
    type: r.type,
    powerKind: r.power_kind,
    powerLabel: r.power_kind ? LEGAL_BASIS[r.power_kind].label : null,
    legalBasis: r.legal_basis ?? (r.power_kind ? LEGAL_BASIS[r.power_kind].basis : null),
    ownerPartner: r.owner_partner_id ? { id: r.owner_partner_id, name: r.owner_name ?? '' } : null,
    startDate: r.start_date,
    endDate: r.end_date,
    costEur: r.cost_eur === null ? null : Number(r.cost_eur),
    status: r.status,
    design: (r.design as MeasureView['design']) ?? null,
    hypothesis: r.hypothesis,
    scope: r.scope ?? null,
    hasTrial: r.has_trial,
    permissions: { edit },
  };
}

async function inputErrors(
  ctx: ServiceContext,
  gemeente: string,
  input: { ownerPartnerId?: string | null | undefined; scope?: Scope | null | undefined },
) {
  const errors = await scopeErrors(ctx, gemeente, input.scope ?? undefined);
  if (input.ownerPartnerId) {
    if (!(await findPartner(ctx.db, gemeente, input.ownerPartnerId)))
      errors.push({ name: 'body.ownerPartnerId', reason: 'deze partner bestaat niet' });
  }
  return errors;
}

export async function listMeasures(ctx: ServiceContext, gemeente: string, missionId: string): Promise<MeasureView[]> {
  const p = await requireMissionAccess(ctx, gemeente, missionId, 'read');
  return (await measureRows(ctx, [missionId])).map((r) => presentMeasure(r, p.edit));
}

async function measureOr404(ctx: ServiceContext, missionId: string, measureId: string): Promise<MeasureRow> {
  const r = (await measureRows(ctx, [missionId])).find((m) => m.id === measureId);
  if (!r) throw notFound('Measure', measureId);
  return r;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** A measure points at its mission and its owning partner; either may vanish between check and write. */
const measureReferences = (missionId: string) => ({
  missing: (constraint: string) =>
    constraint.includes('owner_partner')
      ? invalidInput([{ name: 'body.ownerPartnerId', reason: 'deze partner bestaat niet (meer)' }])
      : notFound('Mission', missionId),
});

export async function createMeasure(
  ctx: ServiceContext,
  gemeente: string,
  missionId: string,
  input: CreateMeasureInput,
): Promise<MeasureView> {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const errors = await inputErrors(ctx, gemeente, input);
  if (errors.length) throw invalidInput(errors);
  const id = randomUUID();
  await guardedWrite(
    () =>
      ctx.db
        .insertInto('mission_measures')
        .values({
          id,
          mission_id: missionId,
          title: input.title,
          description: input.description,
          type: input.type,
          power_kind: input.powerKind ?? null,
          legal_basis: input.legalBasis ?? null,
          owner_partner_id: input.ownerPartnerId ?? null,
          start_date: input.startDate ?? null,
          end_date: input.endDate ?? null,
          cost_eur: input.costEur ?? null,
          status: input.status,
          design: json(input.design),
          hypothesis: input.hypothesis ?? null,
          scope: json(input.scope),
        })
        .execute(),
    measureReferences(missionId),
  );
  return presentMeasure(await measureOr404(ctx, missionId, id), true);
}

const COLUMN: Record<string, string> = {
  title: 'title',
  description: 'description',
  type: 'type',
  powerKind: 'power_kind',
  legalBasis: 'legal_basis',
  ownerPartnerId: 'owner_partner_id',
  startDate: 'start_date',
  endDate: 'end_date',
  costEur: 'cost_eur',
  status: 'status',
  design: 'design',
  hypothesis: 'hypothesis',
  scope: 'scope',
};

export async function updateMeasure(
  ctx: ServiceContext,
  gemeente: string,
  missionId: string,
  measureId: string,
  input: PatchMeasureInput,
): Promise<MeasureView> {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const r = await measureOr404(ctx, missionId, measureId);
  const merged = {
    type: input.type ?? r.type,
    powerKind: input.powerKind !== undefined ? input.powerKind : r.power_kind,
    design: input.design !== undefined ? input.design : r.design,
    hypothesis: input.hypothesis !== undefined ? input.hypothesis : r.hypothesis,
    startDate: input.startDate !== undefined ? input.startDate : r.start_date,
    endDate: input.endDate !== undefined ? input.endDate : r.end_date,
  };
  const rules = z
    .unknown()
    .superRefine((_, c) => measureRules(merged, c))
    .safeParse(null);
  const errors = [
    ...(rules.success ? [] : rules.error.issues.map((i) => ({ name: ['body', ...i.path.map(String)].join('.'), reason: i.message }))),
    ...(await inputErrors(ctx, gemeente, input)),
  ];
  if (errors.length) throw invalidInput(errors);
  const set: Record<string, unknown> = { updated_at: new Date() };
  for (const [k, v] of Object.entries(input)) if (v !== undefined) set[COLUMN[k]!] = k === 'design' || k === 'scope' ? json(v) : v;
  await guardedWrite(
    () =>
      ctx.db
        .updateTable('mission_measures')
        .set(set as never)
        .where('id', '=', measureId)
        .execute(),
    measureReferences(missionId),
  );
  return presentMeasure(await measureOr404(ctx, missionId, measureId), true);
}

export async function deleteMeasure(ctx: ServiceContext, gemeente: string, missionId: string, measureId: string): Promise<void> {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  await measureOr404(ctx, missionId, measureId);
  await ctx.db.deleteFrom('mission_measures').where('id', '=', measureId).execute();
}
