/**
 * The privacy officer's review (cases:review): every break-glass opening with its reason and a
 * verdict, and the processing log of the cases (who read or changed which case, when, on which
 * legal basis). Neither shows any case content: a case appears by its reference only. Reading
 * the review is itself logged (cases.review).
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { alreadyAnswered, conflict, notFound } from '../../../core/errors.ts';
import { type AuditRecord, findProcessingRecordsByActivityPrefix, recordProcessing } from '../../audit/index.ts';
import { accountSummaries } from '../../users/index.ts';
import { caseSubject } from '../access/case-access.ts';
import type { OpeningView } from './review-schema.ts';
import { type BreakGlassRow, findBreakGlassOpening, findBreakGlassOpenings, storeVerdict } from './review-store.ts';

export interface ReviewEnv {
  gemeente: string;
  now?: Date;
}

export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A date or date-time as an instant; a bare `to` date includes that whole day. */
function periodOf(p: Period): { from?: Date; to?: Date } {
  const from = p.from ? new Date(p.from) : undefined;
  const to = p.to ? new Date(DAY.test(p.to) ? Date.parse(p.to) + 86_400_000 : p.to) : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

async function viewsOf(ctx: ServiceContext, rows: BreakGlassRow[]): Promise<OpeningView[]> {
  const people = await accountSummaries(
    ctx.db,
    rows.flatMap((r) => [r.user_id, ...(r.reviewed_by ? [r.reviewed_by] : [])]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseReference: r.reference,
    user: { id: r.user_id, name: people.get(r.user_id)?.name ?? null, role: people.get(r.user_id)?.role ?? null },
    reason: r.reason,
    openedAt: r.opened_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    review: r.reviewed_at
      ? {
          at: r.reviewed_at.toISOString(),
          by: r.reviewed_by ? (people.get(r.reviewed_by)?.name ?? null) : null,
          verdict: r.review_verdict,
          note: r.review_note,
        }
      : null,
  }));
}

export async function listBreakGlassOpenings(
  ctx: ServiceContext,
  env: ReviewEnv,
  q: Period & { status: 'unreviewed' | 'all' },
): Promise<OpeningView[]> {
  authorize(ctx, 'cases:review');
  const rows = await findBreakGlassOpenings(ctx.db, {
    gemeente: env.gemeente,
    unreviewedOnly: q.status === 'unreviewed',
    ...periodOf(q),
    limit: 500,
  });
  await recordProcessing(ctx, {
    activity: 'cases.review',
    operation: 'read',
    attributes: { part: 'break-glass', results: rows.length, status: q.status },
  });
  return viewsOf(ctx, rows);
}

export async function reviewBreakGlass(
  ctx: ServiceContext,
  env: ReviewEnv,
  id: string,
  v: { verdict: 'terecht' | 'onterecht'; note?: string | undefined },
): Promise<OpeningView> {
  authorize(ctx, 'cases:review');
  if (ctx.actor.kind !== 'user') throw conflict('Alleen een gebruiker kan een doorbraak beoordelen.');
  const row = await findBreakGlassOpening(ctx.db, env.gemeente, id);
  if (!row) throw notFound('Break-glass opening', id);
  if (row.user_id === ctx.actor.userId) throw conflict('U kunt uw eigen doorbraak niet beoordelen.');
  const at = env.now ?? new Date();
  if (!(await storeVerdict(ctx.db, id, { by: ctx.actor.userId, at, verdict: v.verdict, note: v.note?.trim() || null }))) {
    throw alreadyAnswered('Deze doorbraak is al beoordeeld.');
  }
  await recordProcessing(ctx, {
    activity: 'cases.review',
    operation: 'update',
    subject: caseSubject(row.case_id),
    legalBasis: row.legal_basis,
    attributes: { case: row.reference, part: 'break-glass', verdict: v.verdict },
  });
  const [view] = await viewsOf(ctx, [
    { ...row, reviewed_at: at, reviewed_by: ctx.actor.userId, review_verdict: v.verdict, review_note: v.note?.trim() || null },
  ]);
  return view!;
}

/** The actor of a record as shown: an account's name, or the system job. */
function actorNames(names: Map<string, { name: string }>) {
  return (r: AuditRecord) => (r.actor.startsWith('user:') ? (names.get(r.actor.slice(5))?.name ?? 'onbekend account') : r.actor);
}

export async function casesProcessingLog(ctx: ServiceContext, q: Period & { before?: number | undefined; limit: number }) {
  authorize(ctx, 'cases:review');
  const page = await findProcessingRecordsByActivityPrefix(ctx, {
    activityPrefix: 'cases.',
    ...periodOf(q),
    ...(q.before !== undefined ? { before: q.before } : {}),
    limit: q.limit,
  });
  const userIds = page.records.filter((r) => r.actor.startsWith('user:')).map((r) => r.actor.slice(5));
  const actorOf = actorNames(await accountSummaries(ctx.db, userIds));
  await recordProcessing(ctx, {
    activity: 'cases.review',
    operation: 'read',
    attributes: { part: 'processing-log', results: page.records.length },
  });
  return {
    records: page.records.map((r) => ({
      id: r.id,
      at: r.startTime,
      activity: r.processingActivityId,
      operation: r.operation,
      actor: actorOf(r),
      caseReference: typeof r.attributes.case === 'string' ? r.attributes.case : null,
      status: r.statusCode,
      legalBasis: r.legalBasis,
    })),
    nextBefore: page.nextBefore,
  };
}
