/**
 * The decisions linked to a PGA case, as the part `decisions` of the case's subject access export
 * (AVG art. 15; `PlatformModule.caseSubjectAccess`). The cases module opens the case for its
 * procesregisseur and logs the export before it asks this part; everything the register holds on
 * those decisions is given: content, place, dates, the measure period, the published text, and every
 * step with its reason.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { CaseSubjectAccessPart } from '../../../core/module-contract.ts';
import { decisionRecordsOfCase, transitionRows } from './decision-store.ts';

async function decisionsOfCase(ctx: ServiceContext, caseId: string) {
  const out = [];
  for (const d of await decisionRecordsOfCase(ctx.db, caseId)) {
    const steps = await transitionRows(ctx.db, d.id);
    out.push({
      number: d.number,
      basis: d.baseCode,
      title: d.title,
      summary: d.summary,
      state: d.state,
      place: d.addressLabel,
      areaCodes: d.areaCodes,
      measure: { start: d.measureStart, end: d.measureEnd, extendedTo: d.extendedTo, liftedOn: d.liftedOn },
      dates: {
        hearingInvitedOn: d.hearingInvitedOn,
        decidedOn: d.decidedOn,
        announcedOn: d.announcedOn,
        objectionReceivedOn: d.objectionReceivedOn,
        objectionDecidedOn: d.objectionDecidedOn,
        objectionOutcome: d.objectionOutcome,
        appealFiledOn: d.appealFiledOn,
        appealOutcome: d.appealOutcome,
        closedOn: d.closedOn,
      },
      facts: d.facts,
      documents: d.documents,
      publicText: d.publicText,
      publishedOn: d.publishedOn,
      steps: steps.map((s) => ({ action: s.action, from: s.fromState, to: s.toState, on: s.effectiveOn, reason: s.reason })),
    });
  }
  return out;
}

export const decisionsSubjectAccess: CaseSubjectAccessPart = { key: 'decisions', collect: decisionsOfCase };
