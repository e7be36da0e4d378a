/** Create an Open311 API key: a name and an optional own quota per hour (empty: the configured default). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { createApiKey } from './keys-mail-api.ts';
import { parseQuota } from './keys-mail-format.ts';
import type { NewApiKey } from './types.ts';

interface Props {
  csrfToken: string | null;
  onCreated(key: NewApiKey): void;
}

export function NewKeyForm({ csrfToken, onCreated }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [quota, setQuota] = useState('');
  const [quotaError, setQuotaError] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseQuota(quota);
    setQuotaError(parsed.ok ? null : t('beheer.keys.create.quotaInvalid'));
    if (!parsed.ok || busy) return;
    const body = { name: name.trim(), ...(parsed.value === undefined ? {} : { quotaPerHour: parsed.value }) };
    const created = await run(() => createApiKey(body, csrfToken));
    if (!created) return;
    setName('');
    setQuota('');
    onCreated(created);
  }

  return (
    <form className="action-form invite-form" onSubmit={submit} aria-labelledby="new-key-title">
      <h2 id="new-key-title">{t('beheer.keys.create.title')}</h2>
      <p className="hint">{t('beheer.keys.create.lead')}</p>
      <div className="invite-fields">
        <Field id="new-key-name" label={t('beheer.keys.create.name')} hint={t('beheer.keys.create.nameHint')}>
          <input required autoComplete="off" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="new-key-quota" label={t('beheer.keys.create.quota')} hint={t('beheer.keys.create.quotaHint')} error={quotaError}>
          <input inputMode="numeric" autoComplete="off" value={quota} onChange={(e) => setQuota(e.target.value)} />
        </Field>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('beheer.keys.create.busy') : t('beheer.keys.create.submit')}
      </button>
    </form>
  );
}
