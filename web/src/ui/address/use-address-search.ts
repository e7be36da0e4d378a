/**
 * The type-ahead behind AddressSearch: asks the server 200 ms after the last keystroke (2+
 * characters), drops replies to older text, and keeps the source that answered.
 */
import { useEffect, useRef, useState } from 'react';
import { searchAddresses, type AddressResult, type AddressSource } from './api.ts';
import { errorText } from '../use-async.ts';

export const DEBOUNCE_MS = 200;
export const MIN_CHARS = 2;

export type SearchState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'ready'; q: string; results: AddressResult[]; source: AddressSource }
  | { status: 'error'; detail: string };

export function useAddressSearch(text: string, enabled: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const q = text.trim();
  useEffect(() => {
    if (!enabled || q.length < MIN_CHARS) {
      latest.current++;
      setState({ status: 'idle' });
      return;
    }
    const ask = ++latest.current;
    setState((s) => (s.status === 'ready' ? s : { status: 'busy' }));
    const timer = setTimeout(() => {
      searchAddresses(q.slice(0, 100))
        .then((r) => ask === latest.current && setState({ status: 'ready', q, results: r.results, source: r.source }))
        .catch((e: unknown) => ask === latest.current && setState({ status: 'error', detail: errorText(e) }));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, enabled]);
  return state;
}
