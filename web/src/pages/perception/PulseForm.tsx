/** The pulse questions: two marks, problems, an optional story and age band, then send. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import {
  emptyPulseForm,
  STORY_MIN_LENGTH,
  toggleProblem,
  validatePulse,
  type PulseErrors,
  type PulseField,
  type PulseFormState,
} from './pulse-form.ts';
import { ScaleField } from './ScaleField.tsx';
import type { Questionnaire } from './types.ts';

interface Props {
  questionnaire: Questionnaire;
  busy: boolean;
  /** Field errors from the server (400), shown like the form's own. */
  serverErrors: PulseErrors;
  onSend(state: PulseFormState): void;
}

const ORDER: readonly PulseField[] = ['safeDay', 'safeNight', 'problems', 'story', 'ageBand'];

export function PulseForm({ questionnaire: q, busy, serverErrors, onSend }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<PulseFormState>(emptyPulseForm);
  const [errors, setErrors] = useState<PulseErrors>({});
  const summary = useRef<HTMLDivElement>(null);
  const shown: PulseErrors = { ...serverErrors, ...errors };
  const message = (f: PulseField) =>
    shown[f] ? t(`perception.pulse.errors.${f}.${shown[f]}`, { min: STORY_MIN_LENGTH, max: q.storyMaxLength }) : null;
  const set = (patch: Partial<PulseFormState>) => setState((s) => ({ ...s, ...patch }));
  const order = q.problems.map((p) => p.code);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePulse(state, q.storyMaxLength);
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSend(state);
  }

  const listed = ORDER.filter((f) => shown[f]);
  return (
    <form className="pulse-form" noValidate onSubmit={submit}>
      {listed.length > 0 && (
        <div ref={summary} className="alert" role="alert" tabIndex={-1} data-testid="pulse-errors">
          <strong>{t('perception.pulse.errorSummary')}</strong>
          <ul>
            {listed.map((f) => (
              <li key={f}>
                <a href={`#pulse-${f}`}>{message(f)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ScaleField
        id="pulse-safeDay"
        legend={t('perception.pulse.safeDay', { buurt: q.buurt.name })}
        value={state.safeDay}
        error={message('safeDay')}
        onChange={(v) => set({ safeDay: v })}
      />
      <ScaleField
        id="pulse-safeNight"
        legend={t('perception.pulse.safeNight', { buurt: q.buurt.name })}
        value={state.safeNight}
        error={message('safeNight')}
        onChange={(v) => set({ safeNight: v })}
      />
      <fieldset id="pulse-problems" className="problem-list" tabIndex={-1}>
        <legend>{t('perception.pulse.problems')}</legend>
        <p className="hint">{t('perception.pulse.problemsHint')}</p>
        {q.problems.map((p) => (
          <label key={p.code} className="check">
            <input
              type="checkbox"
              checked={state.problems.includes(p.code)}
              onChange={() => set({ problems: toggleProblem(state.problems, p.code, order) })}
            />
            {t(`perception.problems.${p.code}`, { defaultValue: p.label })}
          </label>
        ))}
      </fieldset>
      <Field
        id="pulse-story"
        label={t('perception.pulse.story')}
        error={message('story')}
        hint={t('perception.pulse.storyHint', { max: q.storyMaxLength })}
      >
        <textarea rows={5} maxLength={q.storyMaxLength} value={state.story} onChange={(e) => set({ story: e.target.value })} />
      </Field>
      <p className="hint char-count" aria-live="polite">
        {t('perception.pulse.charsLeft', { count: q.storyMaxLength - state.story.length })}
      </p>
      <fieldset id="pulse-ageBand">
        <legend>{t('perception.pulse.ageBand')}</legend>
        <label className="radio">
          <input type="radio" name="ageBand" checked={state.ageBand === ''} onChange={() => set({ ageBand: '' })} />
          {t('perception.pulse.ageNone')}
        </label>
        {q.ageBands.map((band) => (
          <label key={band} className="radio">
            <input type="radio" name="ageBand" checked={state.ageBand === band} onChange={() => set({ ageBand: band })} />
            {t(`perception.ageBands.${band}`, { defaultValue: band })}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('perception.pulse.sending') : t('perception.pulse.send')}
        </button>
      </div>
    </form>
  );
}
