/**
 * Early signals (vroegsignalen): a partner organisation's observation — area, theme, urgency, text
 * without names of residents — stored as a report with source 'partner' (intake-store.ts, one
 * statement), so it lands in the staff inbox and is handled with the normal workflow. It has no
 * reporter contact, no photos and no point: it sits in a buurt, or only in a wijk (buurt_code
 * NULL). Priority follows the urgency, and so does the deadline (urgent: today, high: the next
 * working day, normal: five working days). The raising organisation reads it (status and the notes
 * meant for partners) through GET /signals/{id}; staff handle it.
 */
import { randomUUID } from 'node:crypto';
import { actorLabel, authorize, can, type ServiceContext } from '../../../core/context.ts';
import { conflict, forbidden, invalidInput } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { isKnownArea } from '../../areas/index.ts';
import { findPartner } from '../../network/index.ts';
import { writeIntake } from '../intake/intake-store.ts';
import { partnerIdsOf } from '../partner-access.ts';
import { hashToken, newToken } from '../records/tokens.ts';
import { STATUS_LABELS } from '../records/workflow.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';
import type { SignalPriority } from '../tables.ts';
import { personalDetailsReason } from './text-check.ts';
import { EARLY_THEMES, type EarlyTheme, URGENCY_WORKING_DAYS, ensureEarlyCategories, themeCategory } from './themes.ts';

export interface EarlySignalInput {
  partnerId?: string | undefined;
  area: string;
  theme: EarlyTheme;
  urgency: SignalPriority;
  text: string;
  reference?: string | undefined;
}

/** The organisation the partner account raises the signal for: one of its active organisations. */
async function actingPartner(ctx: ServiceContext, gemeente: string, asked: string | undefined): Promise<{ id: string; name: string }> {
  authorize(ctx, 'signals:partner');
  const ids = await partnerIdsOf(ctx, gemeente);
  // 409, not 403: the role may raise signals; the account is not (or no longer) linked to an active organisation.
  if (ids.length === 0)
    throw conflict('Your account does not act for an active partner organisation; ask the municipality to link it to one.');
  if (asked !== undefined && !ids.includes(asked))
    throw forbidden('Your account does not act for this partner organisation, or the organisation is no longer active.');
  if (asked === undefined && ids.length > 1)
    throw invalidInput([{ name: 'body.partnerId', reason: 'your account acts for several organisations: choose the one you report for' }]);
  const partner = await findPartner(ctx.db, gemeente, asked ?? ids[0]!);
  if (!partner) throw forbidden('This partner organisation does not exist (any more).');
  return partner;
}

/** The buurt and wijk of the chosen area (a buurt code, or a wijk code alone); 400 for an unknown code. */
async function placeOf(ctx: ServiceContext, gemeente: string, area: string): Promise<{ buurt: string | null; wijk: string }> {
  const isBuurt = area.startsWith('BU');
  const known = await isKnownArea(ctx, gemeente, isBuurt ? 'buurt' : 'wijk', area);
  if (!known) throw invalidInput([{ name: 'body.area', reason: `'${area}' is not a buurt or wijk of this municipality` }]);
  return isBuurt ? { buurt: area, wijk: `WK${area.slice(2, 8)}` } : { buurt: null, wijk: area };
}

function checkText(input: EarlySignalInput): void {
  const errors = [];
  const text = personalDetailsReason(input.text);
  if (text) errors.push({ name: 'body.text', reason: text });
  const ref = input.reference ? personalDetailsReason(input.reference) : null;
  if (ref) errors.push({ name: 'body.reference', reason: ref });
  if (errors.length) throw invalidInput(errors, 'An early signal may not name residents or give contact details.');
}

export async function raiseEarlySignal(ctx: ServiceContext, gemeente: string, input: EarlySignalInput) {
  const partner = await actingPartner(ctx, gemeente, input.partnerId);
  checkText(input);
  const place = await placeOf(ctx, gemeente, input.area);
  await ensureEarlyCategories(ctx.db, gemeente);
  const now = new Date();
  const id = randomUUID();
  const deadline = addWorkingDays(amsterdamDate(now), URGENCY_WORKING_DAYS[input.urgency]);
  const number = await writeIntake(ctx.db, {
    signal: {
      gemeente_code: gemeente,
      id,
      // Nobody tracks an early signal by token: the partner follows it in its inbox.
      tracking_token_hash: hashToken(newToken()),
      category_slug: themeCategory(input.theme),
      suggested_category: null,
      description: input.text.trim(),
      status: 'new',
      buurt_code: place.buurt,
      wijk_code: place.wijk,
      source: 'partner',
      department: 'Vroegsignalering',
      raised_by_partner_id: partner.id,
      priority: input.urgency,
      partner_reference: input.reference?.trim() || null,
      deadline,
    },
    year: Number(amsterdamDate(now).slice(0, 4)),
    now,
    history: { actor: actorLabel(ctx.actor), data: { source: 'partner', partnerId: partner.id, urgency: input.urgency } },
    audits: [],
    mails: [],
  });
  await recordProcessing(ctx, {
    activity: 'signals.partner',
    operation: 'create',
    attributes: { number, action: 'raise', partner: partner.name, theme: input.theme, urgency: input.urgency },
  });
  return {
    id,
    number,
    status: 'new' as const,
    statusLabel: STATUS_LABELS.new.nl,
    partnerId: partner.id,
    partnerName: partner.name,
    theme: input.theme,
    themeName: EARLY_THEMES.find((t) => t.theme === input.theme)!.name,
    priority: input.urgency,
    buurtCode: place.buurt,
    wijkCode: place.wijk,
    deadline,
    createdAt: now.toISOString(),
  };
}
export type RaisedEarlySignal = Awaited<ReturnType<typeof raiseEarlySignal>>;

/** Who lists which early signals: staff (signals:read) all, a partner account its organisations' only. */
export async function earlySignalScope(
  ctx: ServiceContext,
  gemeente: string,
): Promise<{ all: true } | { all: false; partnerIds: string[] }> {
  if (can(ctx.actor, 'signals:read')) return { all: true };
  authorize(ctx, 'signals:partner');
  return { all: false, partnerIds: await partnerIdsOf(ctx, gemeente) };
}
