/** The API keys as a table: name, created, last used, quota per hour, status, and for active keys a quota change and revoke. */
import { useTranslation } from 'react-i18next';
import { dateTime } from './format.ts';
import { KeyActions } from './KeyActions.tsx';
import { keyStatusText, lastUsedText, quotaText } from './keys-mail-format.ts';
import type { ApiKeyView } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

interface Props {
  keys: ApiKeyView[];
  csrfToken: string | null;
  onRevoked(key: ApiKeyView): void;
  onQuotaChanged(key: ApiKeyView): void;
}

export function KeysTable({ keys, csrfToken, onRevoked, onQuotaChanged }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table keys-table">
        <caption className="visually-hidden">
          {t('beheer.keys.caption')} ({t('beheer.keys.count', { count: keys.length })})
        </caption>
        <thead>
          <tr>
            {['name', 'created', 'lastUsed', 'quota', 'status', 'actions'].map((c) => (
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
              <td>{lastUsedText(k, t, i18n.language)}</td>
              <td>{quotaText(k, t)}</td>
              <td>{keyStatusText(k, t, i18n.language)}</td>
              <td>
                {k.revokedAt ? null : <KeyActions apiKey={k} csrfToken={csrfToken} onRevoked={onRevoked} onQuotaChanged={onQuotaChanged} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
