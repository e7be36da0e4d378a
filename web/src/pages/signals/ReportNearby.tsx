/**
 * "Is dit uw melding?" on the report form: open reports of the same category close by (a distance
 * band, never a distance), each with a follow button that uses the form's one e-mail field — there
 * is no second e-mail box, so an address is never typed where the report itself would not get it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToSignal } from './api.ts';
import { emailProblem } from './report-form.ts';
import type { NearbySignal } from './types.ts';
import { errorText } from '../../ui/use-async.ts';

function FollowButton({ signal, email, csrfToken }: { signal: NearbySignal; email: string; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  // Not a <form>: this sits inside the report form (forms must not nest).
  async function follow() {
    if (!email.trim()) return setError(t('signals.nearby.emailFirst'));
    const problem = emailProblem(email);
    if (problem) return setError(t(`signals.errors.${problem}`));
    setState('busy');
    setError(null);
    try {
      await subscribeToSignal(signal.number, email.trim(), csrfToken);
      setState('done');
    } catch (err) {
      setError(errorText(err));
      setState('idle');
    }
  }
  if (state === 'done')
    return (
      <p className="notice" role="status">
        {t('signals.nearby.following', { number: signal.number })}
      </p>
    );
  return (
    <div className="follow-form">
      <button type="button" className="button small" disabled={state === 'busy'} onClick={() => void follow()}>
        {t('signals.nearby.followWith', { number: signal.number })}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function ReportNearby({ nearby, email, csrfToken }: { nearby: NearbySignal[]; email: string; csrfToken: string | null }) {
  const { t, i18n } = useTranslation();
  if (nearby.length === 0) return null;
  return (
    <section className="nearby" aria-labelledby="nearby-title">
      <h3 id="nearby-title">{t('signals.nearby.title')}</h3>
      <p className="hint">{t('signals.nearby.introOneEmail')}</p>
      <ul>
        {nearby.map((n) => (
          <li key={n.number} className="nearby-item">
            <p>
              <strong>{n.number}</strong> · {n.categoryName} · {n.statusLabel}
            </p>
            <p className="small muted">
              {t('signals.nearby.meta', {
                distance: n.withinMetres,
                date: new Date(n.createdAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL'),
              })}
            </p>
            <FollowButton signal={n} email={email} csrfToken={csrfToken} />
          </li>
        ))}
      </ul>
      <p className="hint">{t('signals.nearby.stillNew')}</p>
    </section>
  );
}
