/** Runs one staff action (API call returning the new detail); keeps busy and the problem detail. */
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { SignalDetail } from './types.ts';
import { errorText } from './use-async.ts';

export function useAction(onUpdated: (detail: SignalDetail) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<SignalDetail>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      onUpdated(await call());
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? [e.problem.detail, ...(e.problem.errors ?? []).map((x) => `${x.name}: ${x.reason}`)].join(' ') : errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
