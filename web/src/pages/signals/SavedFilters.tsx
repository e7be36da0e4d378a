/** My saved inbox filters: apply, delete, and save the current filter under a name. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inbox } from './use-inbox.ts';

export function SavedFilters({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const list = inbox.saved.status === 'ready' ? inbox.saved.data : [];
  async function save(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    await inbox.save(name.trim());
    setName('');
  }
  return (
    <section className="saved-filters" aria-labelledby="saved-title">
      <h2 id="saved-title">{t('signals.inbox.saved')}</h2>
      {list.length === 0 && <p className="hint">{t('signals.inbox.savedNone')}</p>}
      <ul>
        {list.map((f) => (
          <li key={f.id}>
            <button type="button" className="link-button" onClick={() => inbox.apply(f)}>
              {f.name}
            </button>{' '}
            <button
              type="button"
              className="button ghost small"
              aria-label={t('signals.inbox.savedDelete', { name: f.name })}
              onClick={() => void inbox.remove(f)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="save-filter" onSubmit={save}>
        <label htmlFor="saved-name">{t('signals.inbox.saveAs')}</label>
        <div className="search-row">
          <input id="saved-name" type="text" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button small">
            {t('signals.inbox.save')}
          </button>
        </div>
      </form>
      {inbox.savedError && (
        <p className="alert" role="alert">
          {inbox.savedError}
        </p>
      )}
    </section>
  );
}
