/** Add a goal (KPI): indicator, direction, baseline period, target, deadline. Progress is computed by the server. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { createGoal } from './api.ts';
import { checkGoalForm, emptyGoalForm, goalBody, type GoalErrors, type GoalFormState, type IndicatorSource } from './goal-form.ts';
import type { Goal } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  csrfToken: string | null;
  onAdded(goal: Goal): void;
}

const SOURCES: IndicatorSource[] = ['registered-crime', 'reports', 'perception', 'custom'];

export function GoalForm({ missionId, csrfToken, onAdded }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<GoalFormState>(emptyGoalForm);
  const [errors, setErrors] = useState<GoalErrors>({});
  const submit = useSubmit();
  const change = (patch: Partial<GoalFormState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (k: keyof GoalFormState) => (errors[k] ? t(`missions.errors.${errors[k]}`) : null);
  const input = (k: keyof GoalFormState, type = 'text') => (
    <input type={type} value={form[k] as string} onChange={(e) => change({ [k]: e.target.value })} />
  );

  async function send(e: FormEvent) {
    e.preventDefault();
    const found = checkGoalForm(form);
    setErrors(found);
    const body = goalBody(form);
    if (!body) return;
    const goal = await submit.run(() => createGoal(missionId, body, csrfToken));
    if (goal) {
      setForm(emptyGoalForm());
      onAdded(goal);
    }
  }

  return (
    <form className="panel-card action-form goal-form" onSubmit={send} noValidate aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{t('missions.goals.add')}</h3>
      <Field id="goal-title" label={t('missions.goals.title')} error={err('title')}>
        {input('title')}
      </Field>
      <div className="field-row">
        <Field id="goal-source" label={t('missions.goals.indicator')}>
          <select value={form.source} onChange={(e) => change({ source: e.target.value as IndicatorSource })}>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`missions.indicator.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="goal-direction" label={t('missions.goals.direction')}>
          <select value={form.direction} onChange={(e) => change({ direction: e.target.value as GoalFormState['direction'] })}>
            <option value="decrease">{t('missions.goals.decrease')}</option>
            <option value="increase">{t('missions.goals.increase')}</option>
          </select>
        </Field>
      </div>
      {form.source === 'perception' && (
        <div className="field-row">
          <Field id="goal-indicator-code" label={t('missions.goals.indicatorCode')} error={err('indicatorCode')}>
            {input('indicatorCode')}
          </Field>
          <Field id="goal-area-code" label={t('missions.goals.areaCode')} error={err('areaCode')}>
            {input('areaCode')}
          </Field>
        </div>
      )}
      {form.source === 'custom' && (
        <div className="field-row">
          <Field id="goal-name" label={t('missions.goals.customName')} error={err('name')}>
            {input('name')}
          </Field>
          <Field id="goal-unit" label={t('missions.goals.unit')} error={err('unit')}>
            {input('unit')}
          </Field>
        </div>
      )}
      <div className="field-row">
        <Field id="goal-baseline-from" label={t('missions.goals.baselineFrom')} error={err('baselineFrom')}>
          {input('baselineFrom', 'date')}
        </Field>
        <Field
          id="goal-baseline-to"
          label={t('missions.goals.baselineTo')}
          hint={t('missions.goals.baselineHint')}
          error={err('baselineTo')}
        >
          {input('baselineTo', 'date')}
        </Field>
      </div>
      <div className="field-row">
        <Field id="goal-target" label={t('missions.goals.target')} hint={t('missions.goals.targetHint')} error={err('target')}>
          {input('target')}
        </Field>
        <Field id="goal-deadline" label={t('missions.goals.deadline')} error={err('deadline')}>
          {input('deadline', 'date')}
        </Field>
      </div>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={submit.busy}>
        {t('missions.goals.submit')}
      </button>
    </form>
  );
}
