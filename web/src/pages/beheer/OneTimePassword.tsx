/** A one-time password, shown once: copy button, and the instruction that it must be changed at the first login. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Secret } from './types.ts';

export function OneTimePassword({ secret, onClose }: { secret: Secret; onClose(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const code = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  // A new password (invite or reset) takes the focus, so a screen reader reads it out.
  // biome-ignore lint/correctness/useExhaustiveDependencies(secret.password): focus moves each time a new password is shown.
  useEffect(() => {
    setCopy(null);
    heading.current?.focus();
  }, [secret.password]);

  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(secret.password);
      setCopy('copied');
    } catch {
      const range = document.createRange();
      if (code.current) range.selectNodeContents(code.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopy('copyFailed');
    }
  }

  return (
    <section className="one-time-password" aria-labelledby="one-time-title">
      <h2 id="one-time-title" tabIndex={-1} ref={heading}>
        {t('beheer.users.oneTime.title', { who: secret.who })}
      </h2>
      <p>
        <span>{t('beheer.users.oneTime.label')}: </span>
        <code ref={code} data-testid="one-time-password">
          {secret.password}
        </code>{' '}
        <button type="button" className="button small ghost" onClick={copyPassword}>
          {t('beheer.users.oneTime.copy')}
        </button>{' '}
        <span role="status">{copy ? t(`beheer.users.oneTime.${copy}`) : ''}</span>
      </p>
      <p>{t('beheer.users.oneTime.once')}</p>
      <p>
        <strong>{t('beheer.users.oneTime.mustChange')}</strong>
      </p>
      <button type="button" className="button ghost small" onClick={onClose}>
        {t('beheer.users.oneTime.close')}
      </button>
    </section>
  );
}
