/** Loads data with an async function and exposes loading / error / ready, reloadable. */
import { useCallback, useEffect, useState } from 'react';

export type Async<T> = { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; data: T };

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [Async<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<Async<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load()
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((e: unknown) => live && setState({ status: 'error', detail: errorText(e) }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return [state, reload, set];
}
