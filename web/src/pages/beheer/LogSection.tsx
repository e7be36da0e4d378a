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
import { actorNamesOf, reportIdOf, searchLog } from './log-api.ts';
import { LogExport } from './LogExport.tsx';
import { LogForm } from './LogForm.tsx';
import {
  EMPTY_FORM,
  type FormError,
  formToQuery,
  type LogForm as LogFormState,
  type LogQuery,
  reportNumberToResolve,
} from './log-query.ts';
import { LogPager, LogTable } from './LogTable.tsx';

interface Search {
  query: Partial<LogQuery>;
  /** Keyset cursors of the pages seen so far; the last is the page shown (null: the newest). */
  cursors: (number | null)[];
  /** Bumped by every search, so searching the same filters again reloads. */
  run: number;
}

/**
 * `mayReadUsers`: the staff directory (users:read) names the accounts and fills the actor choice; the privacy
 * officer reads the log without it and gets the names of the accounts on each page (GET /users/names).
 */
export function LogSection({ mayReadUsers = true }: { mayReadUsers?: boolean }) {
  const { t } = useTranslation();
  const [usersState] = useAsync(mayReadUsers ? () => listUsers() : null, [mayReadUsers]);
  const users = usersState.status === 'ready' ? usersState.data : [];
  const [form, setForm] = useState(EMPTY_FORM);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [search, setSearch] = useState<Search>({ query: {}, cursors: [null], run: 0 });
  const before = search.cursors.at(-1) ?? null;
  // The page number travels with its reply, so the message never names a page that has not loaded yet.
  const [result] = useAsync(() => searchLog(search.query, before).then((reply) => ({ reply, number: search.cursors.length })), [search], {
    showReload: true,
  });
  const [message, setMessage] = useState('');
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const loading = result.status === 'loading';
  const page = (result.status === 'ready' ? result.data : result.previous)?.reply ?? null;
  const [namesState] = useAsync(!mayReadUsers && page ? () => actorNamesOf(page.records) : null, [mayReadUsers, page]);
  const actors = mayReadUsers ? users : namesState.status === 'ready' ? namesState.data : [];

  useEffect(() => {
    if (result.status === 'ready') setMessage(t('beheer.log.found', { count: result.data.reply.records.length, page: result.data.number }));
  }, [result, t]);

  function fail(error: FormError) {
    setFormError(error);
    setMessage(t(`beheer.log.errors.${error}`));
  }
  async function runSearch() {
    const parsed = formToQuery(form, users);
    if ('error' in parsed) return fail(parsed.error);
    const query = parsed.query;
    const number = reportNumberToResolve(query);
    if (number) {
      const id = await reportIdOf(number).catch((e: unknown) => {
        setMessage(errorText(e));
        return undefined;
      });
      if (id === undefined) return;
      if (id === null) return fail('unknownReport');
      query.subjectId = id;
    }
    setFormError(null);
    setMessage('');
    setSearch((s) => ({ query, cursors: [null], run: s.run + 1 }));
  }
  function changeForm(next: LogFormState) {
    setForm(next);
    if (next === EMPTY_FORM) setFormError(null); // cleared: no error left on an empty field
  }
  function turnPage(cursors: (number | null)[]) {
    setMessage('');
    setSearch((s) => ({ ...s, cursors }));
    requestAnimationFrame(() => resultsRef.current?.focus());
  }
  return (
    <div className="page beheer-log">
      <h1 tabIndex={-1}>{t('beheer.log.title')}</h1>
      <p className="lead">{t('beheer.log.lead')}</p>
      <LogForm form={form} users={users} error={formError} busy={loading} onChange={changeForm} onSearch={runSearch} />
      <p className="beheer-status" role="status">
        {message}
      </p>
      <div className="page-head">
        <h2 tabIndex={-1} ref={resultsRef}>
          {t('beheer.log.results')}
        </h2>
        <LogExport query={search.query} onMessage={setMessage} />
      </div>
      <p className="hint">{t('beheer.log.export.hint')}</p>
      {loading && <p>{t('beheer.log.loading')}</p>}
      {result.status === 'error' && (
        <p className="alert" role="alert">
          {result.detail}
        </p>
      )}
      {page && (page.records.length ? <LogTable records={page.records} users={actors} /> : <p>{t('beheer.log.none')}</p>)}
      {page && <LogPager cursors={search.cursors} nextBefore={page.nextBefore} busy={loading} onTurn={turnPage} />}
    </div>
  );
}
