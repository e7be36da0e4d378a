/**
 * A secret shown once (a one-time password, a new API key): it takes the focus when it appears, so a
 * screen reader reads it out; a copy button (or, where the clipboard is refused, the text selected);
 * then the caller's instructions and a close button. Texts under `texts` (title, label, copy,
 * copied, copyFailed, close).
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** i18n prefix of the texts, e.g. `beheer.users.oneTime`. */
  texts: string;
  /** Id of the title, which takes the focus (browser tests wait for it). */
  titleId: string;
  /** Values for the title (e.g. who the password is for). */
  titleValues: Record<string, string>;
  value: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
}

export function ShownOnce({ texts, titleId, titleValues, value, testId, onClose, children }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const code = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies(value): focus moves each time a new secret is shown.
  useEffect(() => {
    setCopy(null);
    heading.current?.focus();
  }, [value]);

  async function copyValue() {
    try {
      await navigator.clipboard.writeText(value);
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
    <section className="one-time-password" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {t(`${texts}.title`, titleValues)}
      </h2>
      <p>
        <span>{t(`${texts}.label`)}: </span>
        <code ref={code} data-testid={testId}>
          {value}
        </code>{' '}
        <button type="button" className="button small ghost" onClick={copyValue}>
          {t(`${texts}.copy`)}
        </button>{' '}
        <span role="status">{copy ? t(`${texts}.${copy}`) : ''}</span>
      </p>
      {children}
      <button type="button" className="button ghost small" onClick={onClose}>
        {t(`${texts}.close`)}
      </button>
    </section>
  );
}
