/** Loads one workbench view for the current state; keeps the previous data visible while reloading. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

export type ViewData<T> =
  | { status: 'loading'; previous: T | null }
  | { status: 'error'; detail: string; previous: T | null }
  | { status: 'ready'; data: T };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useApi<T>(path: string | null): [ViewData<T>, () => void] {
  const [state, setState] = useState<ViewData<T>>({ status: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.data : s.previous }));
    api.request<T>(path)
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((e: unknown) => live && setState((s) => ({ status: 'error', detail: message(e), previous: s.status === 'ready' ? s.data : s.previous })));
    return () => {
      live = false;
    };
  }, [path, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}

/** The data to show: the fresh reply, or the previous one while the next is loading. */
export const shown = <T,>(v: ViewData<T>): T | null => (v.status === 'ready' ? v.data : v.previous);
