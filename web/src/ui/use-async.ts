/**
 * Loads data with an async function and exposes loading / error / ready, reloadable: the one data
 * hook of the web app. `useApi` is the same hook for a plain GET of an API path.
 *
 * While a reload runs, the last data stays `ready` (forms and tabs keep their state); with
 * `showReload` the state turns `loading` instead and keeps that data in `previous`, so a view
 * can show a loading line over the old figures (`shown`).
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.ts';

export type Async<T> =
  | { status: 'loading'; previous: T | null }
  | {
      status: 'error';
      detail: string;
      previous: T | null /** The problem type of an API error (e.g. `analysis-loading`). */;
      problemType?: string;
    }
  | { status: 'ready'; data: T };

export interface AsyncOptions {
  /** Turn `loading` (with the previous data) while a new load runs, instead of staying `ready`. */
  showReload?: boolean;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The last segment of an API error's problem type (`…/analysis-loading` → `analysis-loading`), else undefined. */
const problemTypeOf = (e: unknown): string | undefined => (e instanceof ApiError ? e.problem.type.split('/').pop() : undefined);

/** The data a state holds: the fresh reply, or the previous one while the next loads or failed. */
const dataOf = <T>(s: Async<T>): T | null => (s.status === 'ready' ? s.data : s.previous);

/**
 * Runs `load` on mount, whenever a value in `deps` changes, and on `reload()`; `load: null` waits
 * (nothing is fetched). Returns the state, `reload`, and `set` to replace the data after a write.
 */
export function useAsync<T>(
  load: (() => Promise<T>) | null,
  deps: readonly unknown[],
  options: AsyncOptions = {},
): [Async<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<Async<T>>({ status: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  const { showReload = false } = options;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a new closure on every render; the caller's `deps`, `load === null`, `showReload` and `attempt` (bumped by reload()) say when it loads something else.
  useEffect(() => {
    if (!load) return;
    let live = true;
    if (showReload) setState((s) => ({ status: 'loading', previous: dataOf(s) }));
    load()
      .then((data) => live && setState({ status: 'ready', data }))
      .catch(
        (e: unknown) =>
          live && setState((s) => ({ status: 'error', detail: errorText(e), previous: dataOf(s), problemType: problemTypeOf(e) })),
      );
    return () => {
      live = false;
    };
  }, [...deps, load === null, showReload, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return [state, reload, set];
}

/** GET one API path (null: nothing yet); shows `loading` over the previous reply while the path changes. */
export function useApi<T>(path: string | null): [Async<T>, () => void] {
  const [state, reload] = useAsync<T>(path ? () => api.request<T>(path) : null, [path], { showReload: true });
  return [state, reload];
}

/** The data to show: the fresh reply, or the previous one while the next is loading. */
export const shown = <T>(v: Async<T>): T | null => dataOf(v);
