/** "Houd mij op de hoogte": an e-mail subscription to a report or a buurt (every mail has an unsubscribe link). */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { emailProblem } from './report-form.ts';
import { errorText } from '../../ui/use-async.ts';

interface Props {
  id: string;
  title: string;
  intro: string;
  done: string;
  subscribe(email: string): Promise<unknown>;
  disabled?: boolean;
  children?: ReactNode;
}

export function SubscribeForm({ id, title, intro, done, subscribe, disabled, children }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = emailProblem(email);
    if (problem) return setError(t(`signals.errors.${problem}`));
    setState('busy');
    setError(null);
    try {
      await subscribe(email.trim());
      setState('done');
    } catch (err) {
      setError(err instanceof ApiError ? err.problem.detail : errorText(err));
      setState('idle');
    }
  }

  return (
    <form className="panel-card subscribe-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="hint">{intro}</p>
      {children}
      {state === 'done' ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : (
        <>
          <Field id={`${id}-email`} label={t('signals.subscribe.email')} error={error}>
            <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <button type="submit" className="button" disabled={state === 'busy' || disabled}>
            {t('signals.subscribe.submit')}
          </button>
        </>
      )}
    </form>
  );
}
