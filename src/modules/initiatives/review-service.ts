/**
 * Staff review of initiatives (`initiatives:review`): status with sensible transitions and history,
 * publication (only with the initiators' consent), reviewer, mission links, support given and the
 * yearly check-in. Contact details: contact-service.ts.
 */
import { randomUUID } from 'node:crypto';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput, transitionNotAllowed } from '../../core/errors.ts';
import { roleAllows } from '../../core/roles.ts';
import { findMission } from '../missions/index.ts';
import { accountSummary } from '../users/index.ts';
import { type InitiativeUpdate, initiativeRows, insertHistory, insertSupport, updateInitiative } from './initiative-store.ts';
import { initiativeNotFound } from './not-found.ts';
import { dayOf, yearAfter } from './present.ts';
import { getInitiative } from './read-service.ts';
import type { InitiativeChange, InitiativeDetail, SupportInput } from './schema.ts';
import type { InitiativeStatus } from './tables.ts';

/** Where each status may go: forward in steps, back from active to supported, ended can start again. */
export const TRANSITIONS: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  new: ['in-contact', 'ended'],
  'in-contact': ['supported', 'active', 'ended'],
  supported: ['active', 'ended'],
  active: ['supported', 'ended'],
  ended: ['active'],
};

const STATUS_NL: Record<InitiativeStatus, string> = {
  new: 'nieuw',
  'in-contact': 'in contact',
  supported: 'ondersteund',
  active: 'actief',
  ended: 'gestopt',
};

async function reviewable(ctx: ServiceContext, gemeente: string, id: string) {
  authorize(ctx, 'initiatives:review');
  const [row] = await initiativeRows(ctx.db, gemeente, { id });
  if (!row) throw initiativeNotFound(id);
  return row;
}

async function checkReviewer(ctx: ServiceContext, reviewerId: string): Promise<void> {
  const account = await accountSummary(ctx.db, reviewerId);
  if (account?.status !== 'active' || !roleAllows(account.role, 'initiatives:review')) {
    throw invalidInput([{ name: 'body.reviewerId', reason: 'kies een actieve medewerker die initiatieven mag beoordelen' }]);
  }
}

/** What a status change sets besides the status: the check-in date, the end. */
function statusEffects(from: InitiativeStatus, to: InitiativeStatus, nextCheckIn: string | null, now: Date): InitiativeUpdate {
  if (to === 'ended') return { status: to, ended_at: now, next_check_in: null };
  const effects: InitiativeUpdate = { status: to, ...(from === 'ended' ? { ended_at: null } : {}) };
  if (to === 'active' && (nextCheckIn === null || from === 'ended')) effects.next_check_in = yearAfter(dayOf(now));
  return effects;
}

export async function changeInitiative(
  ctx: ServiceContext,
  gemeente: string,
  id: string,
  change: InitiativeChange,
  now: Date,
): Promise<InitiativeDetail> {
  const row = await reviewable(ctx, gemeente, id);
  const update: InitiativeUpdate = {};
  if (change.status !== undefined && change.status !== row.status) {
    if (!TRANSITIONS[row.status].includes(change.status)) {
      throw transitionNotAllowed(`Een initiatief met status '${STATUS_NL[row.status]}' kan niet naar '${STATUS_NL[change.status]}'.`);
    }
    Object.assign(update, statusEffects(row.status, change.status, row.next_check_in, now));
  }
  if (change.published === true && !row.publish) {
    throw conflict('De initiatiefnemers gaven geen toestemming om dit initiatief te publiceren.');
  }
  if (change.published !== undefined) update.published = change.published;
  if (change.reviewerId) await checkReviewer(ctx, change.reviewerId);
  if (change.reviewerId !== undefined) update.reviewer_id = change.reviewerId;
  if (change.missionIds !== undefined) update.mission_ids = await knownMissions(ctx, gemeente, change.missionIds);
  if (Object.keys(update).length > 0) await updateInitiative(ctx.db, id, update, now);
  const actor = actorLabel(ctx.actor);
  if (update.status) {
    await insertHistory(ctx.db, {
      id: randomUUID(),
      initiativeId: id,
      actor,
      event: 'status',
      fromStatus: row.status,
      toStatus: update.status,
      note: change.note ?? null,
    });
  } else if (change.note || change.published !== undefined || change.reviewerId !== undefined || change.missionIds !== undefined) {
    await insertHistory(ctx.db, { id: randomUUID(), initiativeId: id, actor, event: 'review', note: change.note ?? reviewNote(change) });
  }
  return getInitiative(ctx, gemeente, id, now);
}

/** The mission ids, each once, after checking each is a mission of this municipality (400 naming the unknown ones). */
async function knownMissions(ctx: ServiceContext, gemeente: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const errors = [];
  for (const [k, id] of unique.entries()) {
    if (!(await findMission(ctx.db, gemeente, id))) errors.push({ name: `body.missionIds.${k}`, reason: 'deze opgave bestaat niet' });
  }
  if (errors.length) throw invalidInput(errors);
  return unique;
}

function reviewNote(change: InitiativeChange): string {
  const parts: string[] = [];
  if (change.published !== undefined) parts.push(change.published ? 'gepubliceerd' : 'niet meer gepubliceerd');
  if (change.reviewerId !== undefined) parts.push(change.reviewerId ? 'behandelaar gekozen' : 'behandelaar weggehaald');
  if (change.missionIds !== undefined) parts.push(`opgaven gekoppeld: ${change.missionIds.length}`);
  return parts.join(', ');
}

export async function addSupport(
  ctx: ServiceContext,
  gemeente: string,
  id: string,
  input: SupportInput,
  now: Date,
): Promise<InitiativeDetail> {
  await reviewable(ctx, gemeente, id);
  if (input.kind === 'amount' && input.amountEuro === undefined) {
    throw invalidInput([{ name: 'body.amountEuro', reason: 'vul het bedrag in euro in' }]);
  }
  if (input.until && input.until < input.givenOn) {
    throw invalidInput([{ name: 'body.until', reason: 'de einddatum ligt vóór de begindatum' }]);
  }
  await insertSupport(ctx.db, {
    id: randomUUID(),
    initiativeId: id,
    kind: input.kind,
    amountEuro: input.amountEuro ?? null,
    description: input.description,
    givenOn: input.givenOn,
    until: input.until ?? null,
  });
  await insertHistory(ctx.db, {
    id: randomUUID(),
    initiativeId: id,
    actor: actorLabel(ctx.actor),
    event: 'support',
    note: input.description,
  });
  return getInitiative(ctx, gemeente, id, now);
}

/** The yearly check-in was held: the next one is a year from today. */
export async function checkInDone(
  ctx: ServiceContext,
  gemeente: string,
  id: string,
  note: string | undefined,
  now: Date,
): Promise<InitiativeDetail> {
  const row = await reviewable(ctx, gemeente, id);
  if (row.status === 'ended') throw transitionNotAllowed('Een gestopt initiatief heeft geen jaarlijks gesprek meer.');
  await updateInitiative(ctx.db, id, { next_check_in: yearAfter(dayOf(now)) }, now);
  await insertHistory(ctx.db, { id: randomUUID(), initiativeId: id, actor: actorLabel(ctx.actor), event: 'check-in', note: note ?? null });
  return getInitiative(ctx, gemeente, id, now);
}
