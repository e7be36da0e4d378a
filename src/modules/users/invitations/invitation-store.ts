/** Queries on user_invitations; no authorisation or auditing here. */
import type { Db } from '../../../db/database.ts';

export interface InvitationRow {
  id: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  withdrawn_at: Date | null;
}

const COLUMNS = ['id', 'user_id', 'created_at', 'expires_at', 'accepted_at', 'withdrawn_at'] as const;

export async function insertInvitation(db: Db, row: { id: string; userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('user_invitations')
    .values({ id: row.id, user_id: row.userId, token_hash: row.tokenHash, expires_at: row.expiresAt })
    .execute();
}

export function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('user_invitations').select(COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Each account's newest invitation (all accounts, or the one given). */
export async function latestInvitations(db: Db, userId?: string): Promise<Map<string, InvitationRow>> {
  let query = db
    .selectFrom('user_invitations')
    .select(COLUMNS)
    .distinctOn('user_id')
    .orderBy('user_id')
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (userId) query = query.where('user_id', '=', userId);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.user_id, r]));
}

/**
 * Uses the invitation once: only while it is open (not accepted, withdrawn or expired) at `now`.
 * Returns false when another request used it first or it was not open.
 */
export async function acceptOpenInvitation(db: Db, id: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('user_invitations')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Withdraws the account's invitations that are not accepted or withdrawn yet; returns how many. */
export async function withdrawOpenInvitations(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('user_invitations')
    .set({ withdrawn_at: now })
    .where('user_id', '=', userId)
    .where('accepted_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
