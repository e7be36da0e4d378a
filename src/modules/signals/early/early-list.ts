/**
 * GET /partner-signals: the early signals of the caller's organisations (a partner account), or of
 * all partners (staff with signals:read, optionally one partner). Each with its status, priority,
 * and the newest entry meant for partners (a status change or a note to the partner), so the
 * partner sees it handled in its inbox. Logged as a read (`signals.read`, view 'partner-signals').
 */
import type { ServiceContext } from '../../../core/context.ts';
import { recordProcessing } from '../../audit/index.ts';
import { partnerNames } from '../../network/index.ts';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUS_LABELS } from '../records/workflow.ts';
import { canRead } from '../visibility.ts';
import { earlySignalScope } from './early-service.ts';
import { EARLY_THEMES, themeOfCategory } from './themes.ts';

export interface EarlyListQuery {
  partnerId?: string | undefined;
  open?: boolean | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The newest history entry a partner may read (not the 'created' one), per report. */
async function latestPartnerEntries(ctx: ServiceContext, ids: string[]) {
  if (!ids.length) return new Map<string, { at: Date; kind: string; text: string | null; toStatus: string | null }>();
  const rows = await ctx.db
    .selectFrom('signal_history')
    .select(['signal_id', 'at', 'kind', 'text', 'to_status', 'visibility', 'published_at'])
    .where('signal_id', 'in', ids)
    .where('kind', 'in', ['status', 'note'])
    .orderBy('id', 'desc')
    .execute();
  const out = new Map<string, { at: Date; kind: string; text: string | null; toStatus: string | null }>();
  for (const r of rows)
    if (!out.has(r.signal_id) && canRead('partner', r))
      out.set(r.signal_id, { at: r.at, kind: r.kind, text: r.text, toStatus: r.to_status });
  return out;
}

export async function listEarlySignals(ctx: ServiceContext, gemeente: string, q: EarlyListQuery) {
  const scope = await earlySignalScope(ctx, gemeente);
  let query = ctx.db.selectFrom('signals').where('gemeente_code', '=', gemeente).where('source', '=', 'partner');
  if (!scope.all) query = query.where('raised_by_partner_id', 'in', scope.partnerIds.length ? scope.partnerIds : [NO_ID]);
  if (q.partnerId) query = query.where('raised_by_partner_id', '=', q.partnerId);
  if (q.open !== undefined) query = query.where('status', 'in', q.open ? [...OPEN_STATUSES] : [...CLOSED_STATUSES]);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const limit = q.limit ?? 50;
  const rows = await query
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(q.offset ?? 0)
    .execute();
  const names = await partnerNames(
    ctx.db,
    rows.flatMap((r) => (r.raised_by_partner_id ? [r.raised_by_partner_id] : [])),
  );
  const latest = await latestPartnerEntries(
    ctx,
    rows.map((r) => r.id),
  );
  await recordProcessing(ctx, {
    activity: 'signals.read',
    operation: 'read',
    attributes: {
      view: 'partner-signals',
      scope: scope.all ? 'staff' : 'partner',
      results: rows.length,
      numbers: rows.map((r) => r.number),
    },
  });
  const items = rows.map((r) => {
    const theme = themeOfCategory(r.category_slug);
    const last = latest.get(r.id);
    return {
      id: r.id,
      number: r.number,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status].nl,
      partnerId: r.raised_by_partner_id,
      partnerName: r.raised_by_partner_id ? (names.get(r.raised_by_partner_id) ?? null) : null,
      theme,
      themeName: EARLY_THEMES.find((t) => t.theme === theme)?.name ?? r.category_slug,
      priority: r.priority ?? 'normal',
      buurtCode: r.buurt_code,
      wijkCode: r.wijk_code,
      text: r.description,
      reference: r.partner_reference,
      deadline: r.deadline,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      closedAt: r.closed_at?.toISOString() ?? null,
      latest: last ? { at: last.at.toISOString(), kind: last.kind, text: last.text, toStatus: last.toStatus } : null,
    };
  });
  const own = scope.all ? new Map<string, string>() : await partnerNames(ctx.db, scope.partnerIds);
  const organisations = [...own].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { total: Number(total.n), limit, offset: q.offset ?? 0, items, organisations };
}
