/**
 * Unsubscribe from the link in an e-mail: one button (a POST), so mail scanners that open the link
 * do not unsubscribe anyone by accident.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unsubscribe } from './api.ts';
import { errorText } from './use-async.ts';

export function UnsubscribePage({ token, csrfToken }: { token: string; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  async function go() {
    setState('busy');
    try {
      await unsubscribe(token, csrfToken);
      setState('done');
    } catch (e) {
      setError(errorText(e));
      setState('idle');
    }
  }
  return (
    <div className="page narrow">
      <h1 tabIndex={-1}>{t('signals.unsubscribe.title')}</h1>
      {state === 'done' ? (
        <p className="notice" role="status">{t('signals.unsubscribe.done')}</p>
      ) : (
        <>
          <p>{t('signals.unsubscribe.intro')}</p>
          {error && <p className="alert" role="alert">{error}</p>}
          <button type="button" className="button primary" disabled={state === 'busy'} onClick={go}>{t('signals.unsubscribe.button')}</button>
        </>
      )}
    </div>
  );
}
