/** A one-time password, shown once: copy button, and the instruction that it must be changed at the first login. */
import { useTranslation } from 'react-i18next';
import { ShownOnce } from './ShownOnce.tsx';
import type { OneTimeSecret } from './types.ts';

export function OneTimePassword({ secret, onClose }: { secret: OneTimeSecret; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ShownOnce
      titleId="one-time-title"
      texts="beheer.users.oneTime"
      titleValues={{ who: secret.who }}
      value={secret.password}
      testId="one-time-password"
      onClose={onClose}
    >
      <p>{t('beheer.users.oneTime.once')}</p>
      <p>
        <strong>{t('beheer.users.oneTime.mustChange')}</strong>
      </p>
    </ShownOnce>
  );
}
