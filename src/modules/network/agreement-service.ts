/**
 * Agreements of partners (convenanten, covenants on information sharing): read with the partner
 * (a partner account only those its organisation is party to), created and changed with
 * `network:edit`. Status and warning follow the end date (agreement-status.ts).
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { type AgreementRow, agreementRows, existingPartnerIds, insertAgreement, updateAgreement } from './agreement-store.ts';
import { agreementState } from './agreement-status.ts';
import type { AgreementChange, AgreementInput, AgreementView } from './detail-schema.ts';
import { notFound } from './not-found.ts';
import { type NetworkReader, readerOf, readerSeesPartner } from './partner-access.ts';
import { findPartner, partnerRows } from './partner-store.ts';

export function presentAgreement(a: AgreementRow, today: string): AgreementView {
  return {
    id: a.id,
    partnerId: a.partner_id,
    kind: a.kind,
    title: a.title,
    legalBasis: a.legal_basis,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    dataCovered: a.data_covered,
    areaCodes: a.area_codes,
    parties: a.parties,
    ...agreementState(a, today),
  };
}

/** The agreements `partnerId` is party to that the reader sees (a partner account: those its organisation is party to). */
export async function visibleAgreements(
  ctx: ServiceContext,
  gemeente: string,
  reader: NetworkReader,
  partnerId: string,
): Promise<AgreementRow[]> {
  const rows = await agreementRows(ctx.db, gemeente, [partnerId]);
  if (reader.kind === 'staff') return rows;
  return rows.filter((a) => a.parties.some((p) => reader.ownIds.includes(p.id)));
}

export async function listAgreements(ctx: ServiceContext, gemeente: string, partnerId: string, today: string): Promise<AgreementView[]> {
  const reader = await readerOf(ctx, gemeente);
  const row = (await partnerRows(ctx.db, gemeente)).find((r) => r.id === partnerId);
  if (!row || !readerSeesPartner(reader, row)) throw notFound('Partner', partnerId);
  return (await visibleAgreements(ctx, gemeente, reader, partnerId)).map((a) => presentAgreement(a, today));
}

/** Other parties must be partners of the municipality (400 naming body.partyIds otherwise). */
async function checkParties(ctx: ServiceContext, gemeente: string, ids: readonly string[]): Promise<void> {
  const known = await existingPartnerIds(ctx.db, gemeente, ids);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw invalidInput([{ name: 'body.partyIds', reason: `onbekende partner(s): ${unknown.join(', ')}` }]);
}

export async function createAgreement(
  ctx: ServiceContext,
  gemeente: string,
  partnerId: string,
  input: AgreementInput,
  today: string,
): Promise<AgreementView> {
  authorize(ctx, 'network:edit');
  if (!(await findPartner(ctx.db, gemeente, partnerId))) throw notFound('Partner', partnerId);
  const others = (input.partyIds ?? []).filter((id) => id !== partnerId);
  await checkParties(ctx, gemeente, others);
  const id = randomUUID();
  const agreement = {
    id,
    partner_id: partnerId,
    kind: input.kind,
    title: input.title,
    legal_basis: input.legalBasis || null,
    starts_on: input.startsOn,
    ends_on: input.endsOn ?? null,
    data_covered: input.dataCovered || null,
    area_codes: input.areaCodes ?? [],
  };
  await guardedWrite(() => insertAgreement(ctx.db, gemeente, agreement, others), {
    missing: () => invalidInput([{ name: 'body.partyIds', reason: 'een partner bestaat niet (meer)' }]),
  });
  return oneAgreement(ctx, gemeente, partnerId, id, today);
}

async function oneAgreement(ctx: ServiceContext, gemeente: string, partnerId: string, id: string, today: string) {
  const row = (await agreementRows(ctx.db, gemeente, [partnerId])).find((a) => a.id === id);
  if (!row) throw notFound('Agreement', id);
  return presentAgreement(row, today);
}

export async function changeAgreement(
  ctx: ServiceContext,
  gemeente: string,
  partnerId: string,
  id: string,
  change: AgreementChange,
  today: string,
): Promise<AgreementView> {
  authorize(ctx, 'network:edit');
  const current = (await agreementRows(ctx.db, gemeente, [partnerId])).find((a) => a.id === id && a.partner_id === partnerId);
  if (!current) throw notFound('Agreement', id);
  const kind = change.kind ?? current.kind;
  const legalBasis = change.legalBasis !== undefined ? change.legalBasis || null : current.legal_basis;
  if (kind === 'information-sharing' && !legalBasis)
    throw invalidInput([{ name: 'body.legalBasis', reason: 'een convenant gegevensdeling noemt zijn grondslag' }]);
  const startsOn = change.startsOn ?? current.starts_on;
  const endsOn = change.endsOn !== undefined ? change.endsOn : current.ends_on;
  if (endsOn && endsOn < startsOn) throw invalidInput([{ name: 'body.endsOn', reason: 'de einddatum ligt voor de begindatum' }]);
  const others = change.partyIds?.filter((p) => p !== partnerId);
  if (others) await checkParties(ctx, gemeente, others);
  await guardedWrite(
    () =>
      updateAgreement(
        ctx.db,
        id,
        {
          ...(change.kind !== undefined ? { kind: change.kind } : {}),
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.legalBasis !== undefined ? { legal_basis: legalBasis } : {}),
          ...(change.startsOn !== undefined ? { starts_on: change.startsOn } : {}),
          // a new end date: a new reminder when that one comes close
          ...(change.endsOn !== undefined ? { ends_on: endsOn } : {}),
          ...(change.endsOn !== undefined && endsOn !== current.ends_on ? { reminder_sent_at: null } : {}),
          ...(change.dataCovered !== undefined ? { data_covered: change.dataCovered || null } : {}),
          ...(change.areaCodes !== undefined ? { area_codes: change.areaCodes } : {}),
        },
        others ? { owner: partnerId, others } : undefined,
      ),
    { missing: () => invalidInput([{ name: 'body.partyIds', reason: 'een partner bestaat niet (meer)' }]) },
  );
  return oneAgreement(ctx, gemeente, partnerId, id, today);
}
