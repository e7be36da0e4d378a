/**
 * Add a goal (KPI), baseline first: indicator and baseline period → the baseline the server reads
 * (value, period, source) → direction, target with its change from the baseline and a warning to
 * confirm when it points the wrong way → deadline. Progress is computed by the server.
 */
import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { createGoal, previewBaseline, type BaselinePreview } from './api.ts';
import {
  changeFromBaseline,
  checkBaselineStep,
  checkGoalForm,
  emptyGoalForm,
  goalBody,
  indicatorOf,
  parseNumber,
  wrongDirection,
  type GoalErrors,
  type GoalFormState,
  type IndicatorSource,
} from './goal-form.ts';
import { formatDay, formatNumber, formatReading } from './progress-format.ts';
import type { Goal } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  csrfToken: string | null;
  onAdded(goal: Goal): void;
}

const SOURCES: IndicatorSource[] = ['registered-crime', 'reports', 'perception', 'custom'];

type BaselineState = { status: 'waiting' } | { status: 'loading' } | { status: 'ready'; preview: BaselinePreview } | { status: 'error' };

/** Reads the baseline whenever indicator and period are complete (a custom indicator has none yet). */
function useBaseline(missionId: string, csrfToken: string | null, form: GoalFormState): BaselineState {
  const [state, setState] = useState<BaselineState>({ status: 'waiting' });
  const complete = Object.keys(checkBaselineStep(form)).length === 0;
  const key = complete ? JSON.stringify([indicatorOf(form), form.baselineFrom, form.baselineTo]) : '';
  useEffect(() => {
    if (!key) {
      setState({ status: 'waiting' });
      return;
    }
    const [indicator, baselineFrom, baselineTo] = JSON.parse(key);
    let live = true;
    setState({ status: 'loading' });
    const timer = setTimeout(() => {
      previewBaseline(missionId, { indicator, baselineFrom, baselineTo }, csrfToken)
        .then((preview) => live && setState({ status: 'ready', preview }))
        .catch(() => live && setState({ status: 'error' }));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, missionId, csrfToken]);
  return state;
}

function BaselineBox({ state, source }: { state: BaselineState; source: IndicatorSource }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const r = state.status === 'ready' ? state.preview.reading : null;
  let body: string;
  if (state.status === 'waiting') body = t('missions.goals.baselineWaiting');
  else if (state.status === 'loading') body = t('missions.goals.baselineLoading');
  else if (state.status === 'error') body = t('missions.goals.baselineError');
  else if (!r) body = t(source === 'custom' ? 'missions.goals.baselineCustom' : 'missions.goals.baselineNone');
  else if (r.suppressed) body = t('missions.goals.baselineSuppressed');
  else
    body = t('missions.goals.baselineValue', {
      value: formatReading(r.value, r.margin, lang),
      from: formatDay(r.from, lang),
      to: formatDay(r.to, lang),
      source: r.source,
    });
  return (
    <div className="panel-note goal-baseline" data-testid="goal-baseline" aria-live="polite">
      <strong>{t('missions.goals.baseline')}:</strong> {body}
    </div>
  );
}

interface StepProps {
  form: GoalFormState;
  baseline: number | null;
  onChange(patch: Partial<GoalFormState>): void;
  err(k: keyof GoalFormState): string | null;
  input(k: keyof GoalFormState, type?: string): ReactElement<Record<string, unknown>>;
}

/** Direction, target (change from the baseline; wrong-way warning to confirm) and deadline: shown once the baseline is known. */
function TargetStep({ form, baseline: baselineValue, onChange: change_, err, input }: StepProps) {
  const { t, i18n } = useTranslation();
  const target = parseNumber(form.target);
  const wrong = wrongDirection(form.direction, baselineValue, target);
  const change = changeFromBaseline(baselineValue, target);
  return (
    <>
      <div className="field-row">
        <Field id="goal-direction" label={t('missions.goals.direction')}>
          <select value={form.direction} onChange={(e) => change_({ direction: e.target.value as GoalFormState['direction'] })}>
            <option value="decrease">{t('missions.goals.decrease')}</option>
            <option value="increase">{t('missions.goals.increase')}</option>
          </select>
        </Field>
        <Field
          id="goal-target"
          label={t('missions.goals.target')}
          hint={
            change === null
              ? t('missions.goals.targetHint')
              : t('missions.goals.targetChange', {
                  change: `${change > 0 ? '+' : change < 0 ? '−' : ''}${formatNumber(Math.abs(change), i18n.language)}`,
                })
          }
          error={err('target')}
        >
          {input('target')}
        </Field>
      </div>
      {wrong && (
        <div className="alert warning" role="alert" data-testid="goal-wrong-direction">
          <p>{t(`missions.goals.wrongDirection.${form.direction}`, { baseline: baselineValue, target })}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={form.allowWrongDirection}
              onChange={(e) => change_({ allowWrongDirection: e.target.checked })}
            />{' '}
            {t('missions.goals.wrongDirection.confirm')}
          </label>
          {err('allowWrongDirection') && <p className="field-error">{err('allowWrongDirection')}</p>}
        </div>
      )}
      <Field id="goal-deadline" label={t('missions.goals.deadline')} error={err('deadline')}>
        {input('deadline', 'date')}
      </Field>
    </>
  );
}

export function GoalForm({ missionId, csrfToken, onAdded }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<GoalFormState>(emptyGoalForm);
  const [errors, setErrors] = useState<GoalErrors>({});
  const submit = useSubmit();
  const baseline = useBaseline(missionId, csrfToken, form);
  const reading = baseline.status === 'ready' ? baseline.preview.reading : null;
  const baselineValue = reading && !reading.suppressed ? reading.value : null;
  const change_ = (patch: Partial<GoalFormState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (k: keyof GoalFormState) => (errors[k] ? t(`missions.errors.${errors[k]}`) : null);
  const input = (k: keyof GoalFormState, type = 'text') => (
    <input type={type} value={form[k] as string} onChange={(e) => change_({ [k]: e.target.value })} />
  );

  async function send(e: FormEvent) {
    e.preventDefault();
    setErrors(checkGoalForm(form, baselineValue));
    const body = goalBody(form, baselineValue);
    if (!body) return;
    const goal = await submit.run(() => createGoal(missionId, body, csrfToken));
    if (goal) {
      setForm(emptyGoalForm());
      setErrors({});
      onAdded(goal);
    }
  }

  return (
    <form className="panel-card action-form goal-form" onSubmit={send} noValidate aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{t('missions.goals.add')}</h3>
      <Field id="goal-title" label={t('missions.goals.title')} error={err('title')}>
        {input('title')}
      </Field>
      <Field id="goal-source" label={t('missions.goals.indicator')}>
        <select value={form.source} onChange={(e) => change_({ source: e.target.value as IndicatorSource })}>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`missions.indicator.${s}`)}
            </option>
          ))}
        </select>
      </Field>
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
      <BaselineBox state={baseline} source={form.source} />
      {baseline.status === 'ready' && <TargetStep form={form} baseline={baselineValue} onChange={change_} err={err} input={input} />}
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={submit.busy || baseline.status !== 'ready'}>
        {t('missions.goals.submit')}
      </button>
    </form>
  );
}
