/**
 * Intake of a new report (public form, Open311, staff): category (chosen or suggested), place,
 * routing, deadline in working days, number and private tracking token, reporter contact kept
 * apart, confirmation e-mail in the outbox — all in one transaction. An Idempotency-Key makes a
 * retried request return the first reply instead of creating a second report.
 */
import { createHash, randomUUID } from 'node:crypto';
import { actorLabel, type ServiceContext } from '../../core/context.ts';
import { AppError, invalidInput } from '../../core/errors.ts';
import type { LocateInput } from '../areas/locate-service.ts';
import { recordProcessing } from '../audit/audit-service.ts';
import { findCategory, requireLeafCategory, type CategoryRow } from './categories.ts';
import { resolvePlace } from './location.ts';
import { notifyBuurt, notifyStatus, trackingPath, type SignalEnv } from './notify.ts';
import { loadRules, route } from './routing.ts';
import { derivedToken } from './secret.ts';
import { addHistory, insertSignal } from './signal-store.ts';
import { suggestCategory } from './suggest.ts';
import type { SignalSource } from './tables.ts';
import { hashToken, nextSignalNumber } from './tokens.ts';
import { STATUS_LABELS } from './workflow.ts';
import { addWorkingDays, amsterdamDate } from './working-days.ts';

export interface IntakeInput {
  categorySlug?: string | undefined;
  description: string;
  location?: LocateInput | undefined;
  addressText?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  contactConsent?: boolean | undefined;
  source?: SignalSource;
  idempotencyKey?: string | undefined;
}

export interface IntakeReply {
  id: string;
  number: string;
  trackingToken: string;
  trackingPath: string;
  status: 'new';
  statusLabel: string;
  categorySlug: string;
  categoryName: string;
  categorySuggested: boolean;
  deadline: string;
  createdAt: string;
}

function requestHash(input: IntakeInput): string {
  const { idempotencyKey: _k, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

async function replayIdempotent(ctx: ServiceContext, key: string, hash: string): Promise<IntakeReply | null> {
  const row = await ctx.db.selectFrom('signal_idempotency').select(['request_hash', 'reply']).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.request_hash !== hash) {
    throw new AppError(422, 'idempotency-key-reused', 'Idempotency-Key reused', 'This Idempotency-Key was used for a different request.');
  }
  const reply = (typeof row.reply === 'string' ? JSON.parse(row.reply) : row.reply) as Omit<IntakeReply, 'trackingToken'>;
  const trackingToken = await derivedToken(ctx.db, 'track', reply.id);
  return { ...reply, trackingToken };
}

async function chooseCategory(ctx: ServiceContext, env: SignalEnv, input: IntakeInput): Promise<{ category: CategoryRow; suggested: string | null }> {
  if (input.categorySlug) return { category: await requireLeafCategory(ctx.db, env.gemeente, input.categorySlug), suggested: null };
  const s = await suggestCategory(ctx.db, env.gemeente, input.description);
  return { category: await requireLeafCategory(ctx.db, env.gemeente, s.categorySlug), suggested: s.categorySlug };
}

function checkContact(input: IntakeInput): void {
  if ((input.email || input.phone) && !input.contactConsent) {
    throw invalidInput([{ name: 'body.contactConsent', reason: 'must be true when you leave an e-mail address or phone number' }]);
  }
}

export async function createSignal(ctx: ServiceContext, env: SignalEnv, input: IntakeInput): Promise<IntakeReply> {
  const hash = input.idempotencyKey ? requestHash(input) : '';
  if (input.idempotencyKey) {
    const replay = await replayIdempotent(ctx, input.idempotencyKey, hash);
    if (replay) return replay;
  }
  checkContact(input);
  const { category, suggested } = await chooseCategory(ctx, env, input);
  const place = await resolvePlace(ctx, env.gemeente, { point: input.location, addressText: input.addressText }, true);
  const now = new Date();
  const parent = category.parent_slug ? await findCategory(ctx.db, env.gemeente, category.parent_slug) : undefined;
  const routed = route(await loadRules(ctx.db, env.gemeente), { categorySlug: category.slug, parentSlug: parent?.slug ?? null,
    buurtCode: place.buurtCode, wijkCode: place.wijkCode, at: now }, category.department);
  const id = randomUUID();
  const trackingToken = await derivedToken(ctx.db, 'track', id);
  const deadline = addWorkingDays(amsterdamDate(now), category.handling_days);
  try {
    const reply = await ctx.db.transaction().execute(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const number = await nextSignalNumber(trx, env.gemeente, Number(amsterdamDate(now).slice(0, 4)));
      await insertSignal(trx, {
        gemeente_code: env.gemeente, id, number, tracking_token_hash: hashToken(trackingToken), category_slug: category.slug,
        suggested_category: suggested, description: input.description.trim(), status: 'new', lat: place.lat, lon: place.lon, x: place.x, y: place.y,
        address_text: place.addressText, area_year: place.areaYear, buurt_code: place.buurtCode, wijk_code: place.wijkCode,
        source: input.source ?? 'web', department: routed.department, partner: routed.partner, deadline, created_at: now, updated_at: now,
      });
      await addHistory(trx, { signalId: id, actor: actorLabel(ctx.actor), kind: 'created', toStatus: 'new', isPublic: true, text: null,
        data: { source: input.source ?? 'web', ...(routed.ruleId ? { routingRule: routed.ruleName } : {}) } });
      if (input.email || input.phone) {
        await trx.insertInto('signal_contacts').values({ signal_id: id, email: input.email?.trim().toLowerCase() ?? null, phone: input.phone?.trim() ?? null, consent: true }).execute();
        await recordProcessing(tctx, { activity: 'signals.intake', operation: 'create', subject: { type: 'signal-reporter', id }, attributes: { number } });
      }
      const out: IntakeReply = { id, number, trackingToken, trackingPath: trackingPath(trackingToken), status: 'new', statusLabel: STATUS_LABELS.new.nl,
        categorySlug: category.slug, categoryName: category.name, categorySuggested: suggested !== null, deadline, createdAt: now.toISOString() };
      if (input.idempotencyKey) {
        const { trackingToken: _t, ...stored } = out;
        await trx.insertInto('signal_idempotency').values({ key: input.idempotencyKey, request_hash: hash, signal_id: id, reply: JSON.stringify(stored) as never }).execute();
      }
      const notice = { id, number, categoryName: category.name, deadline };
      if (input.email) await notifyStatus(tctx, env, notice, 'new', null);
      if (place.buurtCode && category.is_public) await notifyBuurt(tctx, env, place.buurtCode, notice);
      return out;
    });
    return reply;
  } catch (err) {
    // Two requests with the same key raced: the loser returns the winner's reply.
    if (input.idempotencyKey && /duplicate key|unique/i.test(String((err as Error).message))) {
      const replay = await replayIdempotent(ctx, input.idempotencyKey, hash);
      if (replay) return replay;
    }
    throw err;
  }
}
