/** Runs one write to the API: busy flag and the problem detail (with every invalid field) as text. */
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { errorText } from './use-async.ts';

export function problemText(e: unknown): string {
  return e instanceof ApiError
    ? [e.problem.detail, ...(e.problem.errors ?? []).map((x) => `${x.name}: ${x.reason}`)].join(' ')
    : errorText(e);
}

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(call: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (e) {
      setError(problemText(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
