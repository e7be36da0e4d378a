/** Runs one staff action (API call returning the new detail): busy flag and the problem detail, then the new detail. */
import { useSubmit } from '../../ui/use-submit.ts';
import type { SignalDetail } from './types.ts';

export function useAction(onUpdated: (detail: SignalDetail) => void) {
  const { busy, error, setError, run: submit } = useSubmit();
  const run = async (call: () => Promise<SignalDetail>): Promise<boolean> => {
    const detail = await submit(call);
    if (detail === null) return false;
    onUpdated(detail);
    return true;
  };
  return { busy, error, setError, run };
}
