/**
 * Reads of the register (powers:read): the list with its filters, one decision, and the deadlines
 * due within a term. Every read is written to the processing log (powers.decisions.read).
 * Decisions linked to a case the caller may not open are left out (decision-access.ts).
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { recordProcessing } from '../../audit/index.ts';
import { addDays } from './calendar.ts';
import { powerBasesOf } from './bases.ts';
import { casesOpenToCaller, visibleDecision } from './decision-access.ts';
import type { DecisionSummary, DecisionView } from './decision-schema.ts';
import { type DecisionRecord, decisionRecords, transitionRows } from './decision-store.ts';
import { deadlineViewOf } from './deadlines.ts';
import { baseFor, deadlinesOf, presentDecision, presentSummary } from './present.ts';
import { measureActive } from './terms.ts';
import type { DecisionState } from '../tables.ts';

export interface RegisterEnv {
  gemeente: string;
  /** YYYY-MM-DD: the deadlines' "today". */
  today: string;
}

export const decisionSubject = (id: string) => ({ type: 'decision', id });

/** Whether a decision applies in the area: its buurt or area codes in it, or covering it (a wijk, the gemeente). */
export function inArea(d: Pick<DecisionRecord, 'buurtCode' | 'areaCodes'>, area: string): boolean {
  if (area.startsWith('GM')) return true;
  const codes = [...(d.buurtCode ? [d.buurtCode] : []), ...d.areaCodes];
  const digits = area.slice(2);
  return codes.some((c) => {
    if (c === area || c.startsWith('GM')) return true;
    if (area.startsWith('WK')) return c.startsWith('BU') && c.slice(2).startsWith(digits);
    return c.startsWith('WK') && digits.startsWith(c.slice(2));
  });
}

export interface ListFilter {
  area?: string;
  state?: DecisionState;
  base?: string;
  active?: 'true' | 'false';
}

export async function listDecisions(ctx: ServiceContext, env: RegisterEnv, filter: ListFilter): Promise<DecisionSummary[]> {
  authorize(ctx, 'powers:read');
  const bases = await powerBasesOf(ctx.db, env.gemeente);
  const cases = await casesOpenToCaller(ctx);
  const rows = (await decisionRecords(ctx.db, env.gemeente, { cases, state: filter.state, base: filter.base }))
    .filter((d) => !filter.area || inArea(d, filter.area))
    .filter((d) => filter.active === undefined || measureActive(d, env.today) === (filter.active === 'true'));
  const out: DecisionSummary[] = [];
  for (const d of rows) {
    const base = baseFor(bases, d.baseCode);
    out.push(presentSummary(d, base, await deadlinesOf(ctx, d, base, env.today), env.today));
  }
  await recordProcessing(ctx, { activity: 'powers.decisions.read', operation: 'read', attributes: { ...filter, decisions: out.length } });
  return out;
}

/** One decision with its deadlines and timeline (logged). */
export async function getDecision(ctx: ServiceContext, env: RegisterEnv, id: string, log = true): Promise<DecisionView> {
  authorize(ctx, 'powers:read');
  const d = await visibleDecision(ctx, env.gemeente, id);
  const bases = await powerBasesOf(ctx.db, env.gemeente);
  const view = await presentDecision(ctx, d, baseFor(bases, d.baseCode), await transitionRows(ctx.db, id), env.today);
  if (log)
    await recordProcessing(ctx, {
      activity: 'powers.decisions.read',
      operation: 'read',
      subject: decisionSubject(id),
      attributes: { decision: d.number, linkedToCase: d.caseId !== null },
    });
  return view;
}

/** '14d' or '2w' as days. */
export function withinDays(within: string): number {
  const n = Number(within.slice(0, -1));
  return within.endsWith('w') ? n * 7 : n;
}

export interface DeadlineRow extends ReturnType<typeof deadlineViewOf> {
  decisionId: string;
  number: string;
  title: string;
  baseLabel: string;
}

/** The deadlines that still ask for action and are due within the term (overdue ones included), soonest first. */
export async function listDeadlines(ctx: ServiceContext, env: RegisterEnv, within: string): Promise<DeadlineRow[]> {
  authorize(ctx, 'powers:read');
  const until = addDays(env.today, withinDays(within));
  const bases = await powerBasesOf(ctx.db, env.gemeente);
  const decisions = await decisionRecords(ctx.db, env.gemeente, { cases: await casesOpenToCaller(ctx) });
  const rows: DeadlineRow[] = [];
  for (const d of decisions) {
    const base = baseFor(bases, d.baseCode);
    for (const deadline of await deadlinesOf(ctx, d, base, env.today)) {
      if (!deadline.pending || deadline.due > until) continue;
      rows.push({ ...deadlineViewOf(deadline), decisionId: d.id, number: d.number, title: d.title, baseLabel: base.label });
    }
  }
  rows.sort((a, b) => a.due.localeCompare(b.due) || a.number.localeCompare(b.number));
  await recordProcessing(ctx, { activity: 'powers.decisions.read', operation: 'read', attributes: { deadlines: rows.length, within } });
  return rows;
}
