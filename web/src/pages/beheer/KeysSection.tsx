/**
 * Beheer → API-sleutels: the Open311 API keys with created date, quota per hour and status; create a
 * key (shown once, with a copy button, in a panel that takes the focus) and revoke one after a
 * confirmation, or change its quota. Messages go to one live region.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useAnnouncement } from './announcement.tsx';
import { KeysTable } from './KeysTable.tsx';
import { NewKeyForm } from './NewKeyForm.tsx';
import { NewKeyPanel } from './NewKeyPanel.tsx';
import { listApiKeys } from './keys-mail-api.ts';
import { quotaText, sortKeys } from './keys-mail-format.ts';
import type { ApiKeyView, NewApiKey } from './types.ts';

export function KeysSection({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [state, reload, set] = useAsync(() => listApiKeys(), []);
  const [created, setCreated] = useState<NewApiKey | null>(null);
  const { announce, region } = useAnnouncement();
  const keys = state.status === 'ready' ? state.data : null;

  function store(key: ApiKeyView) {
    if (!keys) return;
    set(keys.some((k) => k.id === key.id) ? keys.map((k) => (k.id === key.id ? key : k)) : [key, ...keys]);
  }

  return (
    <div className="page beheer-keys">
      <h1 tabIndex={-1}>{t('beheer.keys.title')}</h1>
      <p className="lead">{t('beheer.keys.lead')}</p>
      {region}
      {created && <NewKeyPanel created={created} onClose={() => setCreated(null)} />}
      <NewKeyForm
        csrfToken={session.csrfToken}
        onCreated={(key) => {
          const { key: _secret, ...view } = key;
          store(view);
          announce(t('beheer.keys.create.done', { name: key.name }));
          setCreated(key);
        }}
      />
      <h2>{t('beheer.keys.caption')}</h2>
      {state.status === 'loading' && <p role="status">{t('beheer.keys.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {keys && keys.length === 0 && <p>{t('beheer.keys.none')}</p>}
      {keys && keys.length > 0 && (
        <KeysTable
          keys={sortKeys(keys)}
          csrfToken={session.csrfToken}
          onRevoked={(key) => {
            reload();
            announce(t('beheer.keys.revoke.done', { name: key.name }), true);
          }}
          onQuotaChanged={(key) => {
            store(key);
            announce(t('beheer.keys.quota.done', { name: key.name, quota: quotaText(key, t) }));
          }}
        />
      )}
    </div>
  );
}
