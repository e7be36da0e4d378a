/** The actions on an active API key: change its quota per hour, revoke it (after a confirmation). */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { revokeApiKey, setApiKeyQuota } from './keys-mail-api.ts';
import { parseQuota } from './keys-mail-format.ts';
import type { ApiKeyView } from './types.ts';

interface Props {
  apiKey: ApiKeyView;
  csrfToken: string | null;
  onRevoked(key: ApiKeyView): void;
  onQuotaChanged(key: ApiKeyView): void;
}

export function KeyActions({ apiKey, csrfToken, onRevoked, onQuotaChanged }: Props) {
  return (
    <div className="user-actions">
      <QuotaForm apiKey={apiKey} csrfToken={csrfToken} onChanged={onQuotaChanged} />
      <RevokeKey apiKey={apiKey} csrfToken={csrfToken} onRevoked={onRevoked} />
    </div>
  );
}

/** The key's own quota; empty sets the configured default. */
function QuotaForm({ apiKey, csrfToken, onChanged }: { apiKey: ApiKeyView; csrfToken: string | null; onChanged(k: ApiKeyView): void }) {
  const { t } = useTranslation();
  const [quota, setQuota] = useState(apiKey.quotaPerHour === null ? '' : String(apiKey.quotaPerHour));
  const { busy, error, setError, run } = useSubmit();
  const id = `key-${apiKey.id}-quota`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseQuota(quota);
    if (!parsed.ok) return setError(t('beheer.keys.create.quotaInvalid'));
    if (busy) return;
    const updated = await run(() => setApiKeyQuota(apiKey.id, parsed.value ?? null, csrfToken));
    if (updated) onChanged(updated);
  }
  return (
    <form className="role-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('beheer.keys.quota.label', { name: apiKey.name })}
      </label>
      <input
        id={id}
        className="quota-input"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('beheer.keys.quota.placeholder')}
        value={quota}
        onChange={(e) => setQuota(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit" className="button small ghost" aria-label={t('beheer.keys.quota.for', { name: apiKey.name })}>
        {t('beheer.keys.quota.button')}
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** "Intrekken" and its confirmation, which takes the focus (on Cancel, the safe choice); Cancel returns it to the button. */
function RevokeKey({ apiKey, csrfToken, onRevoked }: { apiKey: ApiKeyView; csrfToken: string | null; onRevoked(k: ApiKeyView): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<'no' | 'yes' | 'cancelled'>('no');
  const { busy, error, run } = useSubmit();
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming === 'yes') cancelRef.current?.focus();
    if (confirming === 'cancelled') openRef.current?.focus();
  }, [confirming]);

  async function revoke() {
    if (busy) return;
    const done = await run(() => revokeApiKey(apiKey.id, csrfToken).then(() => true));
    setConfirming('no');
    if (done) onRevoked(apiKey);
  }

  return (
    <>
      {confirming === 'yes' ? (
        <fieldset className="confirm-disable">
          <legend>{t('beheer.keys.revoke.confirm', { name: apiKey.name })}</legend>
          <button type="button" className="button small primary" onClick={revoke}>
            {t('beheer.keys.revoke.yes')}
          </button>{' '}
          <button type="button" className="button small ghost" ref={cancelRef} onClick={() => setConfirming('cancelled')}>
            {t('beheer.keys.revoke.cancel')}
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          className="button small ghost"
          ref={openRef}
          onClick={() => setConfirming('yes')}
          aria-label={t('beheer.keys.revoke.for', { name: apiKey.name })}
        >
          {t('beheer.keys.revoke.button')}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
