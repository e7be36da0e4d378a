/** A new API key, shown once: copy button, and how a client sends it. Takes the focus when it appears. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewApiKey } from './types.ts';

export function NewKeyPanel({ created, onClose }: { created: NewApiKey; onClose(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const code = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies(created.key): focus moves each time a new key is shown.
  useEffect(() => {
    setCopy(null);
    heading.current?.focus();
  }, [created.key]);

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(created.key);
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
    <section className="one-time-password" aria-labelledby="new-key-shown">
      <h2 id="new-key-shown" tabIndex={-1} ref={heading}>
        {t('beheer.keys.shown.title', { name: created.name })}
      </h2>
      <p>
        <span>{t('beheer.keys.shown.label')}: </span>
        <code ref={code} data-testid="new-api-key">
          {created.key}
        </code>{' '}
        <button type="button" className="button small ghost" onClick={copyKey}>
          {t('beheer.keys.shown.copy')}
        </button>{' '}
        <span role="status">{copy ? t(`beheer.keys.shown.${copy}`) : ''}</span>
      </p>
      <p>
        <strong>{t('beheer.keys.shown.once')}</strong>
      </p>
      <p>{t('beheer.keys.shown.use')}</p>
      <button type="button" className="button ghost small" onClick={onClose}>
        {t('beheer.keys.shown.close')}
      </button>
    </section>
  );
}
