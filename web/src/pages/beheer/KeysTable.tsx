/** The API keys as a table: name, created, quota per hour, status, and revoke (after a confirmation) for active keys. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { dateTime } from './format.ts';
import { revokeApiKey } from './keys-mail-api.ts';
import { keyStatusText, quotaText } from './keys-mail-format.ts';
import type { ApiKeyView } from './types.ts';

interface Props {
  keys: ApiKeyView[];
  csrfToken: string | null;
  onRevoked(key: ApiKeyView): void;
}

export function KeysTable({ keys, csrfToken, onRevoked }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="inbox-table keys-table">
        <caption className="visually-hidden">
          {t('beheer.keys.caption')} ({t('beheer.keys.count', { count: keys.length })})
        </caption>
        <thead>
          <tr>
            {['name', 'created', 'quota', 'status', 'actions'].map((c) => (
              <th key={c} scope="col">
                {t(`beheer.keys.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id} data-key={k.name} className={k.revokedAt ? 'key-revoked' : undefined}>
              <th scope="row">{k.name}</th>
              <td>{dateTime(k.createdAt, i18n.language)}</td>
              <td>{quotaText(k, t)}</td>
              <td>{keyStatusText(k, t, i18n.language)}</td>
              <td>{k.revokedAt ? null : <RevokeKey apiKey={k} csrfToken={csrfToken} onRevoked={onRevoked} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
    <div className="user-actions">
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
    </div>
  );
}
