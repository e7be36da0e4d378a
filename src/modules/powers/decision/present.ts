/**
 * A decision as the API shows it: the summary for the list (with its next deadline) and the full
 * view (dates, deadlines, the steps possible now, the timeline with the actors' names). The camera
 * evaluation comes from the measures part's hook.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { accountSummaries } from '../../users/index.ts';
import { cameraEvaluationDeadline } from '../camera/camera-deadline.ts';
import { allowedActions } from './awb.ts';
import { type ComputedDeadline, deadlineViewOf, decisionDeadlines, nextDeadline } from './deadlines.ts';
import type { DecisionSummary, DecisionView, PowerBaseView } from './decision-schema.ts';
import type { DecisionRecord, TransitionRow } from './decision-store.ts';
import { measureActive, measureEndInForce } from './terms.ts';

/** The legal basis of a decision whose base is gone from the catalogue (it never is: bases are not deleted). */
const unknownBase = (code: string): PowerBaseView => ({
  code,
  label: code,
  article: '',
  measureKind: 'apv',
  placeKind: 'either',
  description: '',
  hearingDays: null,
  active: false,
  builtin: false,
});

export const baseFor = (bases: readonly PowerBaseView[], code: string) => bases.find((b) => b.code === code) ?? unknownBase(code);

/** Every deadline of the decision, the camera evaluation included. */
export async function deadlinesOf(ctx: ServiceContext, d: DecisionRecord, base: PowerBaseView, today: string): Promise<ComputedDeadline[]> {
  const camera = await cameraEvaluationDeadline(
    ctx,
    { id: d.id, measureKind: base.measureKind, measureStart: d.measureStart, measureEnd: measureEndInForce(d), liftedOn: d.liftedOn },
    today,
  );
  return decisionDeadlines(d, base.article, today, camera);
}

export function presentSummary(d: DecisionRecord, base: PowerBaseView, deadlines: ComputedDeadline[], today: string): DecisionSummary {
  const next = nextDeadline(deadlines);
  return {
    id: d.id,
    number: d.number,
    baseCode: d.baseCode,
    baseLabel: base.label,
    article: base.article,
    measureKind: base.measureKind,
    title: d.title,
    state: d.state,
    addressLabel: d.addressLabel,
    buurtCode: d.buurtCode,
    areaCodes: d.areaCodes,
    point: d.lon !== null && d.lat !== null ? { lon: d.lon, lat: d.lat } : null,
    measure: { start: d.measureStart, end: measureEndInForce(d), liftedOn: d.liftedOn, active: measureActive(d, today) },
    linkedToCase: d.caseId !== null,
    nextDeadline: next ? deadlineViewOf(next) : null,
    demo: d.demo,
  };
}

export async function presentDecision(
  ctx: ServiceContext,
  d: DecisionRecord,
  base: PowerBaseView,
  transitions: TransitionRow[],
  today: string,
): Promise<DecisionView> {
  const deadlines = await deadlinesOf(ctx, d, base, today);
  const names = await accountSummaries(ctx.db, [
    ...(d.ownerId ? [d.ownerId] : []),
    ...transitions.flatMap((t) => (t.actorId ? [t.actorId] : [])),
  ]);
  const person = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)!.name } : null);
  return {
    ...presentSummary(d, base, deadlines, today),
    summary: d.summary,
    geometry: (d.geometry as DecisionView['geometry']) ?? null,
    caseId: d.caseId,
    missionId: d.missionId,
    facts: d.facts,
    documents: d.documents,
    dates: {
      hearingInvitedOn: d.hearingInvitedOn,
      hearingDue: d.hearingDue,
      decidedOn: d.decidedOn,
      announcedOn: d.announcedOn,
      objectionReceivedOn: d.objectionReceivedOn,
      advisoryCommittee: d.advisoryCommittee,
      objectionExtensionWeeks: d.objectionExtensionWeeks,
      objectionDecidedOn: d.objectionDecidedOn,
      objectionOutcome: d.objectionOutcome,
      appealFiledOn: d.appealFiledOn,
      appealOutcome: d.appealOutcome,
      bibobRequestedOn: d.bibobRequestedOn,
      bibobExtended: d.bibobExtended,
      closedOn: d.closedOn,
    },
    extendedTo: d.extendedTo,
    publicText: d.publicText,
    publishedOn: d.publishedOn,
    owner: person(d.ownerId),
    deadlines: deadlines.map(deadlineViewOf),
    allowedActions: allowedActions(d),
    transitions: transitions.map((t) => ({
      id: t.id,
      action: t.action,
      fromState: t.fromState,
      toState: t.toState,
      effectiveOn: t.effectiveOn,
      reason: t.reason,
      details: t.details,
      actor: person(t.actorId),
      recordedAt: new Date(t.recordedAt).toISOString(),
    })),
    version: d.version,
    createdAt: new Date(d.createdAt).toISOString(),
    updatedAt: new Date(d.updatedAt).toISOString(),
  };
}
