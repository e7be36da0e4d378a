/**
 * The staff inbox: filtered, full-text searchable, paged lists of reports, the same query as CSV,
 * and saved filters per user. Each page and each export is a read of personal data (descriptions,
 * places) and is logged: a page with the numbers it showed, an export with its row count. Full text uses PostgreSQL's Dutch configuration
 * (to_tsvector('dutch', …) with websearch_to_tsquery), which PGlite supports too.
 */
import { randomUUID } from 'node:crypto';
import { sql, type SelectQueryBuilder } from 'kysely';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, notFound } from '../../../core/errors.ts';
import type { DB } from '../../../db/schema.ts';
import { recordProcessing } from '../../audit/index.ts';
import { departmentIdsOfUser } from '../../users/index.ts';
import { loadCategories } from '../config/categories.ts';
import { signalScope } from '../partner-access.ts';
import { presentSignal } from './staff-service.ts';
import type { SignalSource, SignalStatus } from '../tables.ts';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUS_LABELS } from '../records/workflow.ts';
import { amsterdamDate } from '../records/working-days.ts';

export interface InboxQuery {
  status?: SignalStatus[] | undefined;
  open?: boolean | undefined;
  category?: string[] | undefined;
  area?: string | undefined;
  department?: string | undefined;
  assignee?: string | undefined;
  team?: 'mine' | undefined;
  overdue?: boolean | undefined;
  olderThanDays?: number | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  q?: string | undefined;
  source?: SignalSource[] | undefined;
  sort?: 'newest' | 'oldest' | 'deadline' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

type Q = SelectQueryBuilder<DB, 'signals', object>;

/** Returns the filtered query wrapped in an object (a Kysely builder must not be awaited). */
async function applyFilters(ctx: ServiceContext, gemeente: string, base: Q, f: InboxQuery): Promise<{ q: Q }> {
  let q = base.where('signals.gemeente_code', '=', gemeente);
  if (f.status?.length) q = q.where('status', 'in', f.status);
  if (f.open !== undefined) q = q.where('status', 'in', f.open ? [...OPEN_STATUSES] : [...CLOSED_STATUSES]);
  if (f.category?.length) {
    const cats = await loadCategories(ctx.db, gemeente);
    const slugs = cats
      .filter((c) => f.category!.includes(c.slug) || (c.parent_slug !== null && f.category!.includes(c.parent_slug)))
      .map((c) => c.slug);
    q = q.where('category_slug', 'in', slugs.length ? slugs : ['-']);
  }
  if (f.area) q = q.where((eb) => eb.or([eb('buurt_code', '=', f.area!), eb('wijk_code', '=', f.area!)]));
  if (f.department) q = q.where('department', '=', f.department);
  if (f.source?.length) q = q.where('source', 'in', f.source);
  if (f.assignee === 'none') q = q.where('assignee_id', 'is', null);
  else if (f.assignee === 'me')
    q = q.where('assignee_id', '=', ctx.actor.kind === 'user' ? ctx.actor.userId : '00000000-0000-0000-0000-000000000000');
  else if (f.assignee) q = q.where('assignee_id', '=', f.assignee);
  if (f.team === 'mine') {
    const ids = ctx.actor.kind === 'user' ? await departmentIdsOfUser(ctx.db, ctx.actor.userId) : [];
    q = q.where('department_id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
  }
  if (f.overdue) q = q.where('deadline', '<', amsterdamDate(new Date())).where('status', 'in', [...OPEN_STATUSES]);
  if (f.olderThanDays !== undefined) q = q.where('created_at', '<', new Date(Date.now() - f.olderThanDays * 86_400_000));
  if (f.createdFrom) q = q.where('created_at', '>=', new Date(f.createdFrom));
  if (f.createdTo) q = q.where('created_at', '<', new Date(f.createdTo));
  if (f.q?.trim()) {
    q = q.where(
      sql<boolean>`to_tsvector('dutch', coalesce(number, '') || ' ' || coalesce(description, '') || ' ' || coalesce(address_text, '')) @@ websearch_to_tsquery('dutch', ${f.q.trim()})`,
    );
  }
  return { q };
}

export async function queryInbox(ctx: ServiceContext, gemeente: string, f: InboxQuery) {
  const scope = await signalScope(ctx, gemeente, 'signals:read');
  const limit = Math.min(f.limit ?? 50, 500);
  let base = ctx.db.selectFrom('signals') as unknown as Q;
  // Partners: only the reports forwarded to their organisations (none when they belong to none).
  if (scope.kind === 'partner')
    base = base.where('partner_id', 'in', scope.partnerIds.length ? scope.partnerIds : ['00000000-0000-0000-0000-000000000000']);
  const { q: filtered } = await applyFilters(ctx, gemeente, base, f);
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = filtered.selectAll('signals');
  rows =
    f.sort === 'oldest'
      ? rows.orderBy('created_at', 'asc')
      : f.sort === 'deadline'
        ? rows.orderBy('deadline', 'asc').orderBy('created_at', 'asc')
        : rows.orderBy('created_at', 'desc');
  const page = await rows
    .orderBy('id')
    .limit(limit)
    .offset(f.offset ?? 0)
    .execute();
  const items = [];
  for (const r of page) items.push(await presentSignal(ctx, r, scope));
  await recordProcessing(ctx, {
    activity: 'signals.read',
    operation: 'read',
    attributes: {
      view: 'inbox',
      scope: scope.kind,
      total: Number(total.n),
      results: items.length,
      numbers: items.map((i) => i.number),
      filter: filterSummary(f),
    },
  });
  return { total: Number(total.n), limit, offset: f.offset ?? 0, items };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote always; neutralise spreadsheet formulas (CSV injection).
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/** The filter of a list or export as logged: which fields were set (their values may hold search words). */
const filterSummary = (f: InboxQuery) =>
  Object.keys(f)
    .filter((k) => f[k as keyof InboxQuery] !== undefined)
    .sort();

export const EXPORT_MAX_ROWS = 100_000;

const PRIORITY_NL: Record<string, string> = { normal: 'normaal', high: 'hoog', urgent: 'urgent' };

/** The same query as CSV (UTF-8 with BOM, ';' separated for Dutch spreadsheet settings). No contact details. */
export async function exportInboxCsv(ctx: ServiceContext, gemeente: string, f: InboxQuery): Promise<string> {
  authorize(ctx, 'signals:export');
  const cats = new Map((await loadCategories(ctx.db, gemeente)).map((c) => [c.slug, c]));
  const { q: filtered } = await applyFilters(ctx, gemeente, ctx.db.selectFrom('signals') as unknown as Q, f);
  const rows = await filtered.selectAll('signals').orderBy('created_at', 'desc').limit(EXPORT_MAX_ROWS).execute();
  await recordProcessing(ctx, {
    activity: 'signals.export',
    operation: 'export',
    attributes: { format: 'csv', rows: rows.length, filter: filterSummary(f) },
  });
  const head = [
    'nummer',
    'aangemaakt',
    'status',
    'hoofdcategorie',
    'categorie',
    'omschrijving',
    'adres',
    'lat',
    'lon',
    'buurt',
    'wijk',
    'afdeling',
    'partner',
    'termijn',
    'afgesloten',
    'bron',
    'prioriteit',
    'kenmerk partner',
  ];
  const lines = rows.map((r) => {
    const c = cats.get(r.category_slug);
    return [
      r.number,
      r.created_at.toISOString(),
      STATUS_LABELS[r.status].nl,
      c?.parent_slug ? cats.get(c.parent_slug)?.name : '',
      c?.name ?? r.category_slug,
      r.description,
      r.address_text,
      r.lat,
      r.lon,
      r.buurt_code,
      r.wijk_code,
      r.department,
      r.partner,
      r.deadline,
      r.closed_at?.toISOString(),
      r.source,
      PRIORITY_NL[r.priority ?? 'normal'],
      r.partner_reference,
    ]
      .map(csvCell)
      .join(';');
  });
  return `\uFEFF${head.map(csvCell).join(';')}\r\n${lines.join('\r\n')}${lines.length ? '\r\n' : ''}`;
}

function userIdOf(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'user') throw conflict('Saved filters belong to a user account.');
  return ctx.actor.userId;
}

export async function listSavedFilters(ctx: ServiceContext) {
  authorize(ctx, 'signals:read');
  const rows = await ctx.db.selectFrom('signal_saved_filters').selectAll().where('user_id', '=', userIdOf(ctx)).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, query: (typeof r.query === 'string' ? JSON.parse(r.query) : r.query) as InboxQuery }));
}

export async function saveFilter(ctx: ServiceContext, name: string, query: InboxQuery) {
  authorize(ctx, 'signals:read');
  const userId = userIdOf(ctx);
  const id = randomUUID();
  await ctx.db
    .insertInto('signal_saved_filters')
    .values({ id, user_id: userId, name, query: JSON.stringify(query) as never })
    .onConflict((oc) => oc.columns(['user_id', 'name']).doUpdateSet({ query: JSON.stringify(query) as never }))
    .execute();
  return (await listSavedFilters(ctx)).find((f) => f.name === name)!;
}

export async function deleteSavedFilter(ctx: ServiceContext, id: string) {
  authorize(ctx, 'signals:read');
  const r = await ctx.db.deleteFrom('signal_saved_filters').where('id', '=', id).where('user_id', '=', userIdOf(ctx)).executeTakeFirst();
  if (!Number(r.numDeletedRows)) throw notFound('Saved filter', id);
}
