/** A new API key, shown once: copy button, and how a client sends it. */
import { useTranslation } from 'react-i18next';
import { ShownOnce } from './ShownOnce.tsx';
import type { NewApiKey } from './types.ts';

export function NewKeyPanel({ created, onClose }: { created: NewApiKey; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ShownOnce
      titleId="new-key-shown"
      texts="beheer.keys.shown"
      titleValues={{ name: created.name }}
      value={created.key}
      testId="new-api-key"
      onClose={onClose}
    >
      <p>
        <strong>{t('beheer.keys.shown.once')}</strong>
      </p>
      <p>{t('beheer.keys.shown.use')}</p>
    </ShownOnce>
  );
}
