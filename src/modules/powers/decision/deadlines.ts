/**
 * The legal deadlines of one decision, computed from its dates (pure; `today` is given). Each has
 * the article that sets it, a Dutch label, a status and the days left:
 * - open: still running (daysLeft ≥ 0);
 * - met: the step was taken in time (or the measure ended);
 * - missed: a term of the municipality (or the Bureau Bibob) passed without the step, or the step came late;
 * - lapsed: a term of the interested party passed unused, or the procedure stopped (withdrawn, closed).
 * `pending` (not in the API) marks deadlines that still ask for action: open ones and missed ones not yet done.
 */
import type { DecisionState } from '../tables.ts';
import { daysBetween } from './calendar.ts';
import type { DeadlineKind, DeadlineView } from './decision-schema.ts';
import { type AwbRecord, appealTermEnd, bibobAdviceDue, measureEndInForce, objectionDecisionDue, objectionTermEnd } from './terms.ts';

export interface ComputedDeadline extends DeadlineView {
  pending: boolean;
}

interface Term {
  kind: DeadlineKind;
  due: string;
  basis: string;
  label: string;
  /** Whose term it is: the interested party's (hearing, bezwaar, beroep) lapses; the authority's is missed. */
  party: boolean;
  /** The date the step was taken, when it was. */
  doneOn: string | null;
  note?: string;
}

const STOPPED: readonly DecisionState[] = ['ingetrokken', 'afgerond'];

function evaluate(term: Term, state: DecisionState, today: string): ComputedDeadline {
  const base = { kind: term.kind, due: term.due, basis: term.basis, label: term.label, ...(term.note ? { note: term.note } : {}) };
  const closed = (status: DeadlineView['status'], pending = false) => ({ ...base, status, daysLeft: null, pending });
  if (term.doneOn !== null) return term.doneOn <= term.due ? closed('met') : closed(term.party ? 'lapsed' : 'missed');
  if (STOPPED.includes(state)) return closed('lapsed');
  if (today <= term.due) return { ...base, status: 'open', daysLeft: daysBetween(today, term.due), pending: true };
  return term.party ? closed('lapsed') : closed('missed', true);
}

function objectionTerms(r: AwbRecord): Term[] {
  if (!r.announcedOn) return [];
  const last = objectionTermEnd(r.announcedOn);
  const late = r.objectionReceivedOn !== null && r.objectionReceivedOn > last;
  const terms: Term[] = [
    {
      kind: 'objection-term',
      due: last,
      basis: 'art. 6:7 en 6:8 Awb',
      label: 'Bezwaartermijn (zes weken na bekendmaking)',
      party: true,
      doneOn: r.objectionReceivedOn,
      ...(late ? { note: 'Bezwaar na de termijn ontvangen: niet-ontvankelijk tenzij verschoonbaar (art. 6:11 Awb)' } : {}),
    },
  ];
  const due = objectionDecisionDue(r);
  if (r.objectionReceivedOn && due) {
    const extension = r.objectionExtensionWeeks > 0 ? `, verdaagd met ${r.objectionExtensionWeeks} weken (lid 3/4)` : '';
    terms.push({
      kind: 'objection-decision',
      due,
      basis: r.advisoryCommittee ? 'art. 7:10 lid 1 Awb (adviescommissie, art. 7:13 Awb)' : 'art. 7:10 lid 1 Awb',
      label: `Beslissing op bezwaar (${r.advisoryCommittee ? 'twaalf' : 'zes'} weken na afloop bezwaartermijn${extension})`,
      party: false,
      doneOn: r.objectionDecidedOn,
    });
  }
  if (r.objectionDecidedOn) {
    terms.push({
      kind: 'appeal-term',
      due: appealTermEnd(r.objectionDecidedOn),
      basis: 'art. 6:7 Awb',
      label: 'Beroepstermijn (zes weken na de beslissing op bezwaar)',
      party: true,
      doneOn: r.appealFiledOn,
    });
  }
  return terms;
}

function measureEnd(r: AwbRecord, article: string, today: string): ComputedDeadline | null {
  const end = measureEndInForce(r);
  if (!r.decidedOn || !end || r.state === 'ingetrokken') return null;
  const base = { kind: 'measure-end' as const, due: end, basis: article, label: 'Einde van de maatregel (verlengen of laten aflopen)' };
  if (r.liftedOn !== null && r.liftedOn <= end)
    return { ...base, status: 'met', daysLeft: null, pending: false, note: `Opgeheven op ${r.liftedOn}` };
  if (today > end) return { ...base, status: 'met', daysLeft: null, pending: false };
  return { ...base, status: 'open', daysLeft: daysBetween(today, end), pending: true };
}

/** Every deadline of the decision, by due date; the camera evaluation (from the measures part) when given. */
export function decisionDeadlines(r: AwbRecord, article: string, today: string, camera: DeadlineView | null = null): ComputedDeadline[] {
  const terms: Term[] = [];
  if (r.hearingDue)
    terms.push({
      kind: 'hearing',
      due: r.hearingDue,
      basis: 'art. 4:8 Awb',
      label: 'Zienswijzetermijn',
      party: true,
      doneOn: r.decidedOn ? r.hearingDue : null,
    });
  const bibobDue = bibobAdviceDue(r);
  if (bibobDue)
    terms.push({
      kind: 'bibob-advice',
      due: bibobDue,
      basis: r.bibobExtended ? 'art. 15 lid 1 en 2 Wet Bibob (verlengd met vier weken)' : 'art. 15 lid 1 Wet Bibob',
      label: 'Advies van het Landelijk Bureau Bibob',
      party: false,
      doneOn: r.decidedOn,
    });
  terms.push(...objectionTerms(r));
  const out = terms.map((t) => evaluate(t, r.state, today));
  const end = measureEnd(r, article, today);
  if (end) out.push(end);
  if (camera) out.push({ ...camera, pending: camera.status === 'open' || camera.status === 'missed' });
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind));
}

/** The first deadline that still asks for action, or null. */
export function nextDeadline(deadlines: ComputedDeadline[]): ComputedDeadline | null {
  return deadlines.find((d) => d.pending) ?? null;
}

/** The deadline as the API shows it (without the internal `pending`). */
export function deadlineViewOf({ pending: _pending, ...view }: ComputedDeadline): DeadlineView {
  return view;
}
