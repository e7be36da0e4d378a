/** "Is dit uw melding?": open reports of the same category close by (a distance band, never a distance), each with a follow action. */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToSignal } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import { emailProblem } from './report-form.ts';
import type { NearbySignal } from './types.ts';
import { errorText } from '../../ui/use-async.ts';

interface Props {
  nearby: NearbySignal[];
  email: string;
  csrfToken: string | null;
}

function FollowForm({ signal, initialEmail, csrfToken }: { signal: NearbySignal; initialEmail: string; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const id = `follow-${signal.number}`;
  // Not a <form>: this sits inside the report form (forms must not nest).
  async function submit() {
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
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void submit();
  };
  if (state === 'done')
    return (
      <p className="notice" role="status">
        {t('signals.nearby.following', { number: signal.number })}
      </p>
    );
  return (
    <div className="follow-form">
      <Field id={`${id}-email`} label={t('signals.nearby.email')} error={error}>
        <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} onKeyDown={onKey} />
      </Field>
      <button type="button" className="button small" disabled={state === 'busy'} onClick={() => void submit()}>
        {t('signals.nearby.follow', { number: signal.number })}
      </button>
    </div>
  );
}

export function NearbyList({ nearby, email, csrfToken }: Props) {
  const { t, i18n } = useTranslation();
  if (nearby.length === 0) return null;
  return (
    <section className="nearby" aria-labelledby="nearby-title">
      <h3 id="nearby-title">{t('signals.nearby.title')}</h3>
      <p className="hint">{t('signals.nearby.intro')}</p>
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
            <FollowForm signal={n} initialEmail={email} csrfToken={csrfToken} />
          </li>
        ))}
      </ul>
      <p className="hint">{t('signals.nearby.stillNew')}</p>
    </section>
  );
}
