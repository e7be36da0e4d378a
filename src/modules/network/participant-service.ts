/**
 * Who takes part in a mission: partner organisations, residents' initiatives and groups (names of
 * organisations and initiatives, never of people). Who may read or change them is the mission's
 * rule, which the missions module hands over as a `MissionGate`.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput } from '../../core/errors.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import type { MissionGate } from './mission-gate.ts';
import { notFound } from './not-found.ts';
import { partnerIdsOfActor } from './partner-service.ts';
import { findPartner } from './partner-store.ts';
import { deleteParticipant, insertParticipant, missionIdsOfPartners, participantRows, partnerTakesPart } from './participant-store.ts';
import type { ParticipantInput, ParticipantView } from './schema.ts';

/** Ids of the missions the acting user's partner organisations take part in. */
export async function missionIdsOfActor(ctx: ServiceContext): Promise<string[]> {
  return missionIdsOfPartners(ctx.db, await partnerIdsOfActor(ctx));
}

export async function listParticipants(
  ctx: ServiceContext,
  gate: MissionGate,
  gemeente: string,
  missionId: string,
): Promise<ParticipantView[]> {
  await gate(ctx, gemeente, missionId, 'read');
  return (await participantRows(ctx.db, [missionId])).map(({ missionId: _m, ...p }) => p);
}

export async function addParticipant(
  ctx: ServiceContext,
  gate: MissionGate,
  gemeente: string,
  missionId: string,
  input: ParticipantInput,
): Promise<ParticipantView> {
  await gate(ctx, gemeente, missionId, 'edit');
  const alreadyThere = () => conflict('Deze partner neemt al deel aan de opgave.');
  let name = input.name ?? '';
  if (input.kind === 'partner') {
    const partner = await findPartner(ctx.db, gemeente, input.partnerId!);
    if (!partner) throw invalidInput([{ name: 'body.partnerId', reason: 'deze partner bestaat niet' }]);
    if (await partnerTakesPart(ctx.db, missionId, partner.id)) throw alreadyThere();
    name = partner.name;
  }
  const id = randomUUID();
  const row = {
    id,
    missionId,
    kind: input.kind,
    partnerId: input.partnerId ?? null,
    name,
    role: input.role ?? null,
    joinedOn: input.joinedOn ?? null,
  };
  await guardedWrite(() => insertParticipant(ctx.db, row), {
    missing: (constraint) =>
      constraint.includes('partner_id')
        ? invalidInput([{ name: 'body.partnerId', reason: 'deze partner bestaat niet (meer)' }])
        : notFound('Mission', missionId),
    duplicate: alreadyThere,
  });
  return (await listParticipants(ctx, gate, gemeente, missionId)).find((p) => p.id === id)!;
}

export async function removeParticipant(
  ctx: ServiceContext,
  gate: MissionGate,
  gemeente: string,
  missionId: string,
  participantId: string,
): Promise<void> {
  await gate(ctx, gemeente, missionId, 'edit');
  if (!(await deleteParticipant(ctx.db, missionId, participantId))) throw notFound('Participant', participantId);
}
