/**
 * The inbox state: the filter lives in the page's query string (bookmarkable; replaced, not pushed,
 * on every change), the API is asked for the current page, saved filters are loaded once.
 */
import { useCallback, useEffect, useState } from 'react';
import { deleteSavedFilter, listSavedFilters, queryInbox, saveFilter } from './api.ts';
import { filterFromQuery, filterFromSaved, filterToApiQuery, filterToQuery, filterToSaved, type InboxFilter } from './inbox-query.ts';
import { STAFF_PATH } from './paths.ts';
import type { InboxReply, SavedFilter } from './types.ts';
import { errorText, useAsync } from '../../ui/use-async.ts';

const LAST_QUERY_KEY = 'stadsveilig.inboxQuery';

function remember(qs: string): void {
  try {
    window.sessionStorage.setItem(LAST_QUERY_KEY, qs);
  } catch {
    // storage unavailable: the back link shows the unfiltered inbox
  }
}

/** The inbox with the filter last used in this tab (for "back to the inbox" links). */
export function lastInboxPath(): string {
  let qs = '';
  try {
    qs = window.sessionStorage.getItem(LAST_QUERY_KEY) ?? '';
  } catch {
    qs = '';
  }
  return `${STAFF_PATH}${qs ? `?${qs}` : ''}`;
}

/** `withSaved`: load the saved filters (staff only; a partner account keeps none). */
export function useInbox(csrfToken: string | null, withSaved = true) {
  const [filter, setFilterState] = useState<InboxFilter>(() => filterFromQuery(window.location.search));
  const [result, setResult] = useState<{ status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; data: InboxReply }>(
    { status: 'loading' },
  );
  const [saved, reloadSaved] = useAsync(() => (withSaved ? listSavedFilters().then((r) => r.filters) : Promise.resolve([])), [withSaved]);
  const [savedError, setSavedError] = useState<string | null>(null);

  const setFilter = useCallback((next: InboxFilter) => {
    setFilterState(next);
    const qs = filterToQuery(next);
    window.history.replaceState(null, '', `${STAFF_PATH}${qs ? `?${qs}` : ''}`);
    remember(qs);
  }, []);

  useEffect(() => {
    const onPop = () => setFilterState(filterFromQuery(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const apiQuery = filterToApiQuery(filter);
  useEffect(() => {
    let live = true;
    setResult((r) => (r.status === 'ready' ? r : { status: 'loading' }));
    queryInbox(apiQuery)
      .then((data) => live && setResult({ status: 'ready', data }))
      .catch((e: unknown) => live && setResult({ status: 'error', detail: errorText(e) }));
    return () => {
      live = false;
    };
  }, [apiQuery]);

  const save = async (name: string) => {
    setSavedError(null);
    try {
      await saveFilter(name, filterToSaved(filter), csrfToken);
      reloadSaved();
    } catch (e) {
      setSavedError(errorText(e));
    }
  };
  const remove = async (f: SavedFilter) => {
    setSavedError(null);
    try {
      await deleteSavedFilter(f.id, csrfToken);
      reloadSaved();
    } catch (e) {
      setSavedError(errorText(e));
    }
  };
  const apply = (f: SavedFilter) => setFilter({ ...filterFromSaved(f.query), view: filter.view });

  return { filter, setFilter, result, saved, savedError, save, remove, apply };
}
export type Inbox = ReturnType<typeof useInbox>;
