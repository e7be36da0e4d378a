/**
 * Intake of a new report (public form, Open311, staff): category (chosen or suggested), place,
 * routing, deadline in working days, number and private tracking token, reporter contact kept
 * apart, confirmation e-mail in the outbox — all in one statement (intake-store.ts). An
 * Idempotency-Key makes a retried request return the first reply instead of creating a second
 * report. Configuration (categories, rules, templates, areas) comes from in-memory caches, so a
 * new report costs two round trips: one read (stored reply, buurt subscribers) and one write.
 */
import { createHash, randomUUID } from 'node:crypto';
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { AppError, idempotencyKeyReused, invalidInput } from '../../../core/errors.ts';
import type { LocateInput } from '../../areas/index.ts';
import { findCategory, requireLeafCategory, type CategoryRow } from '../config/categories.ts';
import { intakeMessages } from './intake-messages.ts';
import { readIntakeState, writeIntake, type StoredReply } from './intake-store.ts';
import { resolvePlace, type ResolvedPlace } from '../records/location.ts';
import { trackingPath, type SignalEnv } from '../residents/notify.ts';
import { loadRules, route } from '../config/routing.ts';
import { derivedToken } from '../records/secret.ts';
import { suggestCategory } from './suggest.ts';
import type { SignalSource } from '../tables.ts';
import { hashToken } from '../records/tokens.ts';
import { STATUS_LABELS } from '../records/workflow.ts';
import { isNamedInPublic } from '../visibility.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';

export interface IntakeInput {
  categorySlug?: string | undefined;
  description: string;
  location?: LocateInput | undefined;
  addressText?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  contactConsent?: boolean | undefined;
  /** Mail the confirmation and status changes to `email` (default true); false: the address is for questions only. */
  updates?: boolean | undefined;
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
  /** What will be mailed to the reporter (false when nothing can be promised). */
  mail: MailPlan;
}

export interface MailPlan {
  confirmation: boolean;
  updates: boolean;
}

const NO_MAIL: MailPlan = { confirmation: false, updates: false };

function requestHash(input: IntakeInput): string {
  const { idempotencyKey: _k, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

async function replay(ctx: ServiceContext, stored: StoredReply, hash: string): Promise<IntakeReply> {
  if (stored.requestHash !== hash) throw idempotencyKeyReused();
  const reply = stored.reply as Omit<IntakeReply, 'trackingToken'>;
  // Replies stored before the mail plan existed promise nothing.
  return { ...reply, mail: reply.mail ?? NO_MAIL, trackingToken: await derivedToken(ctx.db, 'track', reply.id) };
}

async function replayIfStored(ctx: ServiceContext, gemeente: string, key: string | undefined, hash: string): Promise<IntakeReply | null> {
  if (!key) return null;
  const { idempotent } = await readIntakeState(ctx.db, { key, gemeente });
  return idempotent ? replay(ctx, idempotent, hash) : null;
}

async function chooseCategory(
  ctx: ServiceContext,
  env: SignalEnv,
  input: IntakeInput,
): Promise<{ category: CategoryRow; suggested: string | null }> {
  if (input.categorySlug) return { category: await requireLeafCategory(ctx.db, env.gemeente, input.categorySlug), suggested: null };
  const s = await suggestCategory(ctx.db, env.gemeente, input.description);
  return { category: await requireLeafCategory(ctx.db, env.gemeente, s.categorySlug), suggested: s.categorySlug };
}

function checkContact(input: IntakeInput): void {
  if ((input.email || input.phone) && !input.contactConsent) {
    throw invalidInput([{ name: 'body.contactConsent', reason: 'must be true when you leave an e-mail address or phone number' }]);
  }
}

interface Resolved {
  category: CategoryRow;
  suggested: string | null;
  place: ResolvedPlace;
  routed: ReturnType<typeof route>;
}

async function resolveIntake(ctx: ServiceContext, env: SignalEnv, input: IntakeInput, now: Date): Promise<Resolved> {
  checkContact(input);
  const { category, suggested } = await chooseCategory(ctx, env, input);
  const place = await resolvePlace(ctx, env.gemeente, { point: input.location, addressText: input.addressText }, true);
  const parent = category.parent_slug ? await findCategory(ctx.db, env.gemeente, category.parent_slug) : undefined;
  const routed = route(
    await loadRules(ctx.db, env.gemeente),
    { categorySlug: category.slug, parentSlug: parent?.slug ?? null, buurtCode: place.buurtCode, wijkCode: place.wijkCode, at: now },
    category.department,
  );
  return { category, suggested, place, routed };
}

const isUniqueViolation = (err: unknown) => /duplicate key|unique/i.test(String((err as Error).message));

/** What the reporter may be promised: only mail that is queued for them and that this installation sends. */
function mailPlan(env: SignalEnv, mailTo: string | null, mails: ReadonlyArray<{ to: string }>): MailPlan {
  if (!mailTo || !env.mailEnabled) return NO_MAIL;
  return { confirmation: mails.some((m) => m.to === mailTo), updates: true };
}

export async function createSignal(ctx: ServiceContext, env: SignalEnv, input: IntakeInput): Promise<IntakeReply> {
  const key = input.idempotencyKey;
  const hash = key ? requestHash(input) : '';
  const now = new Date();
  // A retry must get its first reply even when validation would now fail (category deactivated).
  let r: Resolved;
  try {
    r = await resolveIntake(ctx, env, input, now);
  } catch (err) {
    const first = err instanceof AppError ? await replayIfStored(ctx, env.gemeente, key, hash) : null;
    if (first) return first;
    throw err;
  }
  const { category, suggested, place, routed } = r;
  const notifyBuurt = Boolean(place.buurtCode && category.is_public);
  // Point subscriptions hear only of reports that may be named in public (never a sensitive one).
  const point = place.lat !== null && place.lon !== null && isNamedInPublic(category) ? { lat: place.lat, lon: place.lon } : null;
  const state =
    key || notifyBuurt || point
      ? await readIntakeState(ctx.db, { key, gemeente: env.gemeente, buurtCode: notifyBuurt ? place.buurtCode : null, point })
      : null;
  if (state?.idempotent) return replay(ctx, state.idempotent, hash);
  const id = randomUUID();
  const trackingToken = await derivedToken(ctx.db, 'track', id);
  const deadline = addWorkingDays(amsterdamDate(now), category.handling_days);
  const email = input.email?.trim().toLowerCase() ?? null;
  const hasContact = Boolean(input.email || input.phone);
  const updates = input.updates !== false;
  const mailTo = updates ? email : null;
  const messages = await intakeMessages(
    ctx,
    env,
    {
      id,
      trackingToken,
      email: mailTo,
      hasContact,
      categoryName: category.name,
      deadline,
      buurtCode: place.buurtCode,
      notifyBuurt,
      publicNumber: !category.is_sensitive,
    },
    state?.buurtSubscribers ?? [],
    state?.pointSubscribers ?? [],
  );
  const reply: Omit<IntakeReply, 'number' | 'trackingToken'> = {
    id,
    trackingPath: trackingPath(trackingToken),
    status: 'new',
    statusLabel: STATUS_LABELS.new.nl,
    categorySlug: category.slug,
    categoryName: category.name,
    categorySuggested: suggested !== null,
    deadline,
    createdAt: now.toISOString(),
    mail: mailPlan(env, mailTo, messages.mails),
  };
  try {
    const number = await writeIntake(ctx.db, {
      signal: {
        gemeente_code: env.gemeente,
        id,
        tracking_token_hash: hashToken(trackingToken),
        category_slug: category.slug,
        suggested_category: suggested,
        description: input.description.trim(),
        status: 'new',
        lat: place.lat,
        lon: place.lon,
        x: place.x,
        y: place.y,
        address_text: place.addressText,
        area_year: place.areaYear,
        buurt_code: place.buurtCode,
        wijk_code: place.wijkCode,
        source: input.source ?? 'web',
        department: routed.department,
        partner: routed.partner,
        deadline,
      },
      year: Number(amsterdamDate(now).slice(0, 4)),
      now,
      history: {
        actor: actorLabel(ctx.actor),
        data: { source: input.source ?? 'web', ...(routed.ruleId ? { routingRule: routed.ruleName } : {}) },
      },
      idempotency: key ? { key, requestHash: hash, reply } : undefined,
      contact: hasContact ? { email, phone: input.phone?.trim() ?? null, updates } : undefined,
      ...messages,
    });
    return { ...reply, number, trackingToken };
  } catch (err) {
    // Two requests with the same key raced: the loser returns the winner's reply.
    const again = key && isUniqueViolation(err) ? await replayIfStored(ctx, env.gemeente, key, hash) : null;
    if (again) return again;
    throw err;
  }
}
