/**
 * The one-button pages behind links in e-mails — unsubscribe and confirm a subscription. The
 * action is a POST behind a button, so mail scanners that open the link change nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmSubscription, unsubscribe } from './api.ts';
import { errorText } from '../../ui/use-async.ts';

type Kind = 'unsubscribe' | 'confirm';
const ACTIONS = { unsubscribe, confirm: confirmSubscription };
const KEYS = { unsubscribe: 'unsubscribe', confirm: 'confirmSubscription' };

export function EmailLinkPage({ kind, token, csrfToken }: { kind: Kind; token: string; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  async function go() {
    setState('busy');
    try {
      await ACTIONS[kind](token, csrfToken);
      setState('done');
    } catch (e) {
      setError(errorText(e));
      setState('idle');
    }
  }
  return (
    <div className="page narrow">
      <h1 tabIndex={-1}>{t(`signals.${KEYS[kind]}.title`)}</h1>
      {state === 'done' ? (
        <p className="notice" role="status">
          {t(`signals.${KEYS[kind]}.done`)}
        </p>
      ) : (
        <>
          <p>{t(`signals.${KEYS[kind]}.intro`)}</p>
          {error && (
            <p className="alert" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="button primary" disabled={state === 'busy'} onClick={go}>
            {t(`signals.${KEYS[kind]}.button`)}
          </button>
        </>
      )}
    </div>
  );
}
