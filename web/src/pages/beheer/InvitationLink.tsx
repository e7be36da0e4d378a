/** An invitation link, shown once when no SMTP server is configured: the mail waits in the outbox, so the admin passes it on. */
import { useTranslation } from 'react-i18next';
import { ShownOnce } from './ShownOnce.tsx';
import type { LinkSecret } from './types.ts';

export function InvitationLink({ secret, onClose }: { secret: LinkSecret; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ShownOnce
      titleId="invitation-link-title"
      texts="beheer.users.inviteLink"
      titleValues={{ who: secret.who }}
      value={secret.link}
      testId="invitation-link"
      onClose={onClose}
    >
      <p>{t('beheer.users.inviteLink.queued')}</p>
      <p>
        <strong>{t('beheer.users.inviteLink.once')}</strong>
      </p>
    </ShownOnce>
  );
}
