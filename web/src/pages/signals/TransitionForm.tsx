/** Change the status: only the transitions the API allows; a text when the API says one is needed. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { transitionSignal } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import { checkTransitionInput, MIN_TRANSITION_TEXT, requiresText } from './transitions.ts';
import type { SignalDetail, SignalStatus } from './types.ts';
import { StandardTextPicker } from './StandardTextPicker.tsx';
import { useAction } from './use-action.ts';

interface Props {
  signal: SignalDetail;
  csrfToken: string | null;
  /** A partner account: no standard texts (the municipality's, read with signals:read). */
  partner?: boolean;
  onUpdated(detail: SignalDetail): void;
}

export function TransitionForm({ signal, csrfToken, onUpdated, partner = false }: Props) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [publish, setPublish] = useState(false);
  const [check, setCheck] = useState<string | null>(null);
  const action = useAction(onUpdated);
  const options = signal.allowedTransitions;
  const needsText = requiresText(options, to);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = checkTransitionInput(options, to, text);
    setCheck(problem);
    if (problem) return;
    const body = text.trim() ? { to: to as SignalStatus, text: text.trim(), ...(publish ? { publish } : {}) } : { to: to as SignalStatus };
    if (await action.run(() => transitionSignal(signal.id, body, csrfToken))) {
      setTo('');
      setText('');
      setPublish(false);
    }
  }

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="transition-title">
      <h3 id="transition-title">{t('signals.detail.transition')}</h3>
      <Field
        id="transition-to"
        label={t('signals.detail.newStatus')}
        error={check === 'choose' || check === 'not-allowed' ? t(`signals.errors.transition_${check}`) : null}
      >
        <select
          value={to}
          onChange={(e) => {
            setTo(e.target.value);
            setCheck(null);
          }}
        >
          <option value="">{t('signals.detail.chooseStatus')}</option>
          {options.map((o) => (
            <option key={o.to} value={o.to}>
              {t(`signals.status.${o.to}`, { defaultValue: o.label })}
              {o.requiresText ? ` ${t('signals.detail.needsText')}` : ''}
            </option>
          ))}
        </select>
      </Field>
      {!partner && <StandardTextPicker signal={signal} status={to} onPick={setText} />}
      <Field
        id="transition-text"
        label={needsText ? t('signals.detail.textRequired') : t('signals.detail.textOptional')}
        hint={t('signals.detail.textHint')}
        error={check === 'text-required' ? t('signals.errors.transition_text', { min: MIN_TRANSITION_TEXT }) : null}
      >
        <textarea rows={3} value={text} required={needsText} onChange={(e) => setText(e.target.value)} />
      </Field>
      {signal.permissions.publish && (
        <label className="check">
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} /> {t('signals.detail.alsoPublish')}
        </label>
      )}
      {action.error && (
        <p className="alert" role="alert">
          {action.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={action.busy}>
        {t('signals.detail.transitionSubmit')}
      </button>
    </form>
  );
}
