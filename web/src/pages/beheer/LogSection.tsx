/**
 * Beheer → Verwerkingslog: search the processing log (person, other data subject, actor, activity,
 * status, period), page through the records newest first, and download the same search as CSV for
 * a subject access request or an audit. Every search and export is itself logged by the API.
 * Messages go to one live region; paging moves the focus to the results heading.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, useAsync } from '../../ui/use-async.ts';
import { listUsers } from './api.ts';
import { downloadLog, saveFile, searchLog } from './log-api.ts';
import { LogForm } from './LogForm.tsx';
import { EMPTY_FORM, type FormError, formToQuery, type LogQuery } from './log-query.ts';
import { LogTable } from './LogTable.tsx';

interface Search {
  query: Partial<LogQuery>;
  /** Keyset cursors of the pages seen so far; the last is the page shown (null: the newest). */
  cursors: (number | null)[];
  /** Bumped by every search, so searching the same filters again reloads. */
  run: number;
}

export function LogSection() {
  const { t } = useTranslation();
  const [usersState] = useAsync(() => listUsers(), []);
  const users = usersState.status === 'ready' ? usersState.data : [];
  const [form, setForm] = useState(EMPTY_FORM);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [search, setSearch] = useState<Search>({ query: {}, cursors: [null], run: 0 });
  const before = search.cursors.at(-1) ?? null;
  const [result] = useAsync(() => searchLog(search.query, before), [search], { showReload: true });
  const [message, setMessage] = useState('');
  const [exporting, setExporting] = useState(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const page = result.status === 'ready' ? result.data : result.previous;

  useEffect(() => {
    if (result.status === 'ready') setMessage(t('beheer.log.found', { count: result.data.records.length, page: search.cursors.length }));
  }, [result, search.cursors.length, t]);

  function runSearch() {
    const parsed = formToQuery(form, users);
    if ('error' in parsed) {
      setFormError(parsed.error);
      setMessage(t(`beheer.log.errors.${parsed.error}`));
      return;
    }
    setFormError(null);
    setMessage('');
    setSearch((s) => ({ query: parsed.query, cursors: [null], run: s.run + 1 }));
  }
  function turnPage(cursors: (number | null)[]) {
    setMessage('');
    setSearch((s) => ({ ...s, cursors }));
    requestAnimationFrame(() => resultsRef.current?.focus());
  }
  async function exportCsv() {
    setExporting(true);
    try {
      const file = await downloadLog(search.query);
      saveFile(file.blob, 'verwerkingslog.csv');
      const done = t('beheer.log.export.done', { count: file.rows });
      setMessage(file.truncated ? `${done} ${t('beheer.log.export.truncated', { cap: file.cap.toLocaleString() })}` : done);
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="page beheer-log">
      <h1 tabIndex={-1}>{t('beheer.log.title')}</h1>
      <p className="lead">{t('beheer.log.lead')}</p>
      <LogForm form={form} users={users} error={formError} busy={result.status === 'loading'} onChange={setForm} onSearch={runSearch} />
      <p className="beheer-status" role="status">
        {message}
      </p>
      <div className="page-head">
        <h2 tabIndex={-1} ref={resultsRef}>
          {t('beheer.log.results')}
        </h2>
        <button type="button" className="button" onClick={exportCsv} disabled={exporting}>
          {exporting ? t('beheer.log.export.busy') : t('beheer.log.export.button')}
        </button>
      </div>
      <p className="hint">{t('beheer.log.export.hint')}</p>
      {result.status === 'loading' && <p>{t('beheer.log.loading')}</p>}
      {result.status === 'error' && (
        <p className="alert" role="alert">
          {result.detail}
        </p>
      )}
      {page && (page.records.length ? <LogTable records={page.records} users={users} /> : <p>{t('beheer.log.none')}</p>)}
      {page && (search.cursors.length > 1 || page.nextBefore) && (
        <nav className="pager" aria-label={t('beheer.log.pages')}>
          <button
            type="button"
            className="button"
            disabled={search.cursors.length <= 1}
            onClick={() => turnPage(search.cursors.slice(0, -1))}
          >
            {t('beheer.log.newer')}
          </button>
          <span>{t('beheer.log.page', { page: search.cursors.length })}</span>
          <button
            type="button"
            className="button"
            disabled={!page.nextBefore}
            onClick={() => turnPage([...search.cursors, page.nextBefore])}
          >
            {t('beheer.log.older')}
          </button>
        </nav>
      )}
    </div>
  );
}
