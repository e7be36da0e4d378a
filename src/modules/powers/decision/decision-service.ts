/**
 * Writes of the register (powers:edit): register a decision (state voornemen), change its content
 * (optimistic locking on `version`), and take an Awb step — the state machine (awb.ts) decides, the
 * change and its transition record are written in one transaction. Every write is logged.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, type FieldError, invalidInput } from '../../../core/errors.ts';
import { guardedWrite, isForeignKeyViolation, isUniqueViolation } from '../../../db/guarded-write.ts';
import { recordProcessing } from '../../audit/index.ts';
import { takeStep } from './awb.ts';
import { powerBaseOf } from './bases.ts';
import { visibleDecision } from './decision-access.ts';
import { decisionSubject, getDecision, type RegisterEnv } from './decision-queries.ts';
import type { DecisionBody, DecisionPatch, DecisionView, PowerBaseView, TransitionBody } from './decision-schema.ts';
import {
  type DecisionRecord,
  insertDecision,
  insertTransition,
  nextDecisionNumber,
  transitionRows,
  updateDecision,
} from './decision-store.ts';
import { checkReferences, placeKindError, placeOfAddress, unknownAreaErrors } from './place.ts';

const ownerGone = () => invalidInput([{ name: 'body.ownerId', reason: 'deze medewerker bestaat niet (meer)' }]);
const stale = () => conflict('Dit besluit is intussen gewijzigd door een ander. Laad het opnieuw en breng uw wijziging opnieuw aan.');

async function activeBase(ctx: ServiceContext, gemeente: string, code: string): Promise<PowerBaseView> {
  const base = await powerBaseOf(ctx.db, gemeente, code);
  if (!base?.active) throw invalidInput([{ name: 'body.baseCode', reason: 'kies een actieve grondslag uit de catalogus' }]);
  return base;
}

function periodErrors(start: string | null | undefined, end: string | null | undefined): FieldError[] {
  return start && end && end < start ? [{ name: 'body.measureEnd', reason: 'mag niet vóór het begin van de maatregel liggen' }] : [];
}

async function placeErrors(ctx: ServiceContext, gemeente: string, base: PowerBaseView, place: DecisionBody): Promise<FieldError[]> {
  const kind = placeKindError(base.placeKind, place);
  return [...(kind ? [kind] : []), ...(await unknownAreaErrors(ctx, gemeente, place.areaCodes ?? []))];
}

export async function createDecision(ctx: ServiceContext, env: RegisterEnv, body: DecisionBody): Promise<DecisionView> {
  authorize(ctx, 'powers:edit');
  const base = await activeBase(ctx, env.gemeente, body.baseCode);
  const errors = [...(await placeErrors(ctx, env.gemeente, base, body)), ...periodErrors(body.measureStart, body.measureEnd)];
  if (errors.length) throw invalidInput(errors);
  await checkReferences(ctx, env.gemeente, body);
  const place = await placeOfAddress(ctx, env.gemeente, body.address, body.addressPoint);
  const id = randomUUID();
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const values = {
    id,
    baseCode: base.code,
    title: body.title,
    summary: body.summary,
    ...place,
    areaCodes: [...new Set(body.areaCodes)],
    geometry: body.geometry ?? null,
    caseId: body.caseId ?? null,
    missionId: body.missionId ?? null,
    facts: body.facts,
    documents: body.documents,
    ownerId: body.ownerId ?? actorId,
    measureStart: body.measureStart ?? null,
    measureEnd: body.measureEnd ?? null,
    createdBy: actorId,
  };
  for (let attempt = 0; ; attempt++) {
    const number = await nextDecisionNumber(ctx.db, env.today.slice(0, 4));
    try {
      await insertDecision(ctx.db, env.gemeente, { ...values, number });
      break;
    } catch (err) {
      if (isForeignKeyViolation(err)) throw ownerGone();
      // two registrations at once took the same number: take the next one
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
  await recordProcessing(ctx, { activity: 'powers.decisions.manage', operation: 'create', subject: decisionSubject(id) });
  return getDecision(ctx, env, id, false);
}

function patchValues(patch: DecisionPatch): Partial<DecisionRecord> {
  const { version: _version, address: _address, addressPoint: _point, ...rest } = patch;
  const out: Partial<DecisionRecord> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (out.areaCodes) out.areaCodes = [...new Set(out.areaCodes)];
  return out;
}

export async function changeDecision(ctx: ServiceContext, env: RegisterEnv, id: string, patch: DecisionPatch): Promise<DecisionView> {
  authorize(ctx, 'powers:edit');
  const d = await visibleDecision(ctx, env.gemeente, id, true);
  if (patch.version !== d.version) throw stale();
  const base = (await powerBaseOf(ctx.db, env.gemeente, d.baseCode))!;
  const merged = {
    address: patch.address !== undefined ? patch.address : d.addressLabel,
    areaCodes: patch.areaCodes ?? d.areaCodes,
    geometry: patch.geometry !== undefined ? patch.geometry : d.geometry,
  } as DecisionBody;
  const errors = [
    ...(await placeErrors(ctx, env.gemeente, base, merged)),
    ...periodErrors(
      patch.measureStart !== undefined ? patch.measureStart : d.measureStart,
      patch.measureEnd !== undefined ? patch.measureEnd : d.measureEnd,
    ),
  ];
  if (errors.length) throw invalidInput(errors);
  await checkReferences(ctx, env.gemeente, { caseId: patch.caseId !== d.caseId ? patch.caseId : undefined, ...patchRefs(patch) });
  const change = patchValues(patch);
  if (patch.address !== undefined && patch.address !== d.addressLabel)
    Object.assign(change, await placeOfAddress(ctx, env.gemeente, patch.address, patch.addressPoint));
  const written = await guardedWrite(() => updateDecision(ctx.db, id, d.version, change), { missing: ownerGone });
  if (!written) throw stale();
  await recordProcessing(ctx, {
    activity: 'powers.decisions.manage',
    operation: 'update',
    subject: decisionSubject(id),
    attributes: { decision: d.number, fields: Object.keys(patch).filter((k) => k !== 'version') },
  });
  return getDecision(ctx, env, id, false);
}

const patchRefs = (patch: DecisionPatch) => ({ missionId: patch.missionId, ownerId: patch.ownerId });

/** Takes one Awb step: checked by the state machine, written with its transition record in one transaction. */
export async function transitionDecision(ctx: ServiceContext, env: RegisterEnv, id: string, body: TransitionBody): Promise<DecisionView> {
  authorize(ctx, 'powers:edit');
  const d = await visibleDecision(ctx, env.gemeente, id, true);
  const base = await powerBaseOf(ctx.db, env.gemeente, d.baseCode);
  const transitions = await transitionRows(ctx.db, id);
  const lastStepOn = transitions.reduce<string | null>((last, t) => (last && last > t.effectiveOn ? last : t.effectiveOn), null);
  const step = takeStep(d, body, { lastStepOn, baseHearingDays: base?.hearingDays ?? null });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateDecision(trx, id, d.version, { ...step.changes, state: step.toState }))) throw stale();
    await insertTransition(trx, id, {
      id: randomUUID(),
      action: body.action,
      fromState: d.state,
      toState: step.toState,
      effectiveOn: body.date,
      reason: body.reason?.trim() || null,
      details: step.details,
      actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
  });
  await recordProcessing(ctx, {
    activity: 'powers.decisions.manage',
    operation: 'update',
    subject: decisionSubject(id),
    attributes: { decision: d.number, action: body.action, from: d.state, to: step.toState },
  });
  return getDecision(ctx, env, id, false);
}
