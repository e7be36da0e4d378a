/** The early-signal form's state: fields, client checks, sending, and the server's field errors in the page's words. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { problemText } from '../../ui/use-submit.ts';
import { type EarlySignalCreated, raiseEarlySignal, type Theme, type Urgency } from './early-signals.ts';

export interface EarlyFields {
  partnerId: string;
  area: string;
  theme: Theme;
  urgency: Urgency;
  text: string;
  reference: string;
}

export type FieldErrors = Partial<Record<'area' | 'text' | 'reference' | 'form', string>>;

const empty = (): EarlyFields => ({ partnerId: '', area: '', theme: 'overlast-jeugd', urgency: 'normal', text: '', reference: '' });

export function useEarlySignalForm(csrfToken: string | null) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<EarlyFields>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<EarlySignalCreated | null>(null);
  const set = (patch: Partial<EarlyFields>) => setFields((f) => ({ ...f, ...patch }));

  function check(): FieldErrors {
    const e: FieldErrors = {};
    if (!fields.area) e.area = t('earlySignals.errors.area');
    if (fields.text.trim().length < 10) e.text = t('earlySignals.errors.text');
    return e;
  }

  function fromServer(err: unknown): FieldErrors {
    if (!(err instanceof ApiError)) return { form: problemText(err) };
    if (err.status === 409) return { form: t('earlySignals.errors.organisation') };
    const out: FieldErrors = {};
    for (const f of err.problem.errors ?? []) {
      if (f.name === 'body.text') out.text = f.reason.includes('without naming') ? t('earlySignals.errors.names') : f.reason;
      else if (f.name === 'body.reference') out.reference = t('earlySignals.errors.reference');
      else if (f.name === 'body.area') out.area = t('earlySignals.errors.area');
    }
    return Object.keys(out).length ? out : { form: problemText(err) };
  }

  async function submit(): Promise<boolean> {
    const e = check();
    setErrors(e);
    if (Object.keys(e).length) return false;
    setBusy(true);
    try {
      const body = {
        area: fields.area,
        theme: fields.theme,
        urgency: fields.urgency,
        text: fields.text,
        ...(fields.partnerId ? { partnerId: fields.partnerId } : {}),
        ...(fields.reference.trim() ? { reference: fields.reference.trim() } : {}),
      };
      setSent(await raiseEarlySignal(body, csrfToken));
      return true;
    } catch (err) {
      setErrors(fromServer(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** A new, empty form for the same organisation. */
  function reset() {
    setFields((f) => ({ ...empty(), partnerId: f.partnerId }));
    setErrors({});
    setSent(null);
  }

  return { fields, set, errors, busy, sent, submit, reset };
}
