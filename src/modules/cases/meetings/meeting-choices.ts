/**
 * Whom and what a procesregisseur may put in a new case meeting: the cases they are assigned to
 * (by reference only), the people assigned to those cases and the organisations they act for.
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { activePartners } from '../../network/index.ts';
import { accountSummaries } from '../../users/index.ts';
import type { AttendeeChoices } from './meeting-schema.ts';
import { assignedCaseIds, caseReferences, membersOfCases } from './meeting-store.ts';

export async function attendeeChoices(ctx: ServiceContext, gemeente: string): Promise<AttendeeChoices> {
  authorize(ctx, 'cases:direct');
  if (ctx.actor.kind !== 'user') return { people: [], partners: [], cases: [] };
  const userId = ctx.actor.userId;
  const caseIds = [...(await assignedCaseIds(ctx.db, userId))];
  const [cases, members, partners] = await Promise.all([
    caseReferences(ctx.db, caseIds),
    membersOfCases(ctx.db, caseIds),
    activePartners(ctx.db, gemeente),
  ]);
  const userIds = [userId, ...members.map((m) => m.user_id)];
  const accounts = await accountSummaries(ctx.db, userIds);
  const partnerOf = new Map(members.filter((m) => m.partner_id).map((m) => [m.user_id, m.partner_id]));
  const people = [...accounts.values()]
    .filter((a) => a.status === 'active')
    .map((a) => ({ id: a.id, name: a.name, partnerId: partnerOf.get(a.id) ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { people, partners, cases };
}
