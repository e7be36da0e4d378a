/** What the users list shows of an account's newest invitation. Pure. */
export type InvitationStatus = 'pending' | 'expired' | 'accepted' | 'withdrawn';

export function invitationState(
  row: { expires_at: Date; accepted_at: Date | null; withdrawn_at: Date | null } | undefined,
  now = new Date(),
): { status: InvitationStatus; expiresAt: string } | null {
  if (!row) return null;
  const status = row.accepted_at ? 'accepted' : row.withdrawn_at ? 'withdrawn' : row.expires_at <= now ? 'expired' : 'pending';
  return { status, expiresAt: row.expires_at.toISOString() };
}
