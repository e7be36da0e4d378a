/** Test fixture: a PGA case written straight into the tables (the create route is another file's), with its members. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';

let counter = 0;

export interface FixtureCase {
  id: string;
  reference: string;
}

export async function insertFixtureCase(
  db: Db,
  opts: { directorId: string; members?: Array<{ userId: string; partnerId?: string | null }>; personName?: string; legalBasis?: string },
): Promise<FixtureCase> {
  const id = randomUUID();
  const reference = `PGA-2026-${String(9000 + ++counter).padStart(4, '0')}-${id.slice(0, 4)}`;
  await db
    .insertInto('cases')
    .values({
      gemeente_code: 'GM0505',
      id,
      reference,
      criteria: ['top-x'],
      director_id: opts.directorId,
      person_name: opts.personName ?? 'Fictief Persoon',
      legal_basis: opts.legalBasis ?? 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid',
    })
    .execute();
  await db
    .insertInto('case_members')
    .values([
      { case_id: id, user_id: opts.directorId, member_role: 'director', partner_id: null },
      ...(opts.members ?? []).map((m) => ({
        case_id: id,
        user_id: m.userId,
        member_role: 'member' as const,
        partner_id: m.partnerId ?? null,
      })),
    ])
    .execute();
  return { id, reference };
}

/** An open break-glass grant (read-only access) of the user on the case. */
export async function insertFixtureBreakGlass(db: Db, caseId: string, userId: string): Promise<void> {
  await db
    .insertInto('case_break_glass')
    .values({ id: randomUUID(), case_id: caseId, user_id: userId, reason: 'test', expires_at: new Date(Date.now() + 3_600_000) })
    .execute();
}
