/** The secret an invitation or reset gives, shown once: an invitation link or a one-time password. */
import { InvitationLink } from './InvitationLink.tsx';
import { OneTimePassword } from './OneTimePassword.tsx';
import type { Secret } from './types.ts';

export function SecretPanel({ secret, onClose }: { secret: Secret | null; onClose(): void }) {
  if (!secret) return null;
  return 'link' in secret ? <InvitationLink secret={secret} onClose={onClose} /> : <OneTimePassword secret={secret} onClose={onClose} />;
}
