/**
 * The Awb steps the API allows now, each a button that opens its small form: the date the step took
 * effect, a reason and the step's own fields (hearing days, advisory committee, weeks, outcome, new
 * end date, measure period, public text). One form is open at a time.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { takeStep } from './api.ts';
import { emptyStepValues, OBJECTION_OUTCOMES, REASON_REQUIRED, STEP_FIELDS, type StepValues, stepBody, todayText } from './step-form.ts';
import type { DecisionAction, DecisionView } from './types.ts';

interface Props {
  decision: DecisionView;
  csrf: string | null;
  onChanged(d: DecisionView): void;
}

export function StepForms({ decision, csrf, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DecisionAction | null>(null);
  if (decision.allowedActions.length === 0) return null;
  return (
    <section className="detail-actions" aria-labelledby="pw-steps-title">
      <h2 id="pw-steps-title">{t('powers.register.decision.nextSteps')}</h2>
      <div className="head-actions">
        {decision.allowedActions.map((a) => (
          <button key={a} type="button" className="button" aria-expanded={open === a} onClick={() => setOpen(open === a ? null : a)}>
            {t(`powers.register.actions.${a}`)}
          </button>
        ))}
      </div>
      {open && (
        <StepForm
          key={open}
          action={open}
          decision={decision}
          csrf={csrf}
          onCancel={() => setOpen(null)}
          onDone={(d) => {
            setOpen(null);
            onChanged(d);
          }}
        />
      )}
    </section>
  );
}

function StepForm({
  action,
  decision,
  csrf,
  onCancel,
  onDone,
}: { action: DecisionAction; onCancel(): void; onDone(d: DecisionView): void } & Omit<Props, 'onChanged'>) {
  const { t } = useTranslation();
  const [v, setV] = useState<StepValues>(() => emptyStepValues(todayText(), decision.publicText ?? ''));
  const submit = useSubmit();
  const set = (patch: Partial<StepValues>) => setV((old) => ({ ...old, ...patch }));
  const fields = STEP_FIELDS[action];
  const id = (f: string) => `pw-step-${f}`;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const changed = await submit.run(() => takeStep(decision.id, stepBody(action, v), csrf));
    if (changed) onDone(changed);
  }
  return (
    <form className="action-form" onSubmit={onSubmit} aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t(`powers.register.actions.${action}`)}</h3>
      <p className="hint">{t(`powers.register.actionHints.${action}`)}</p>
      <Field id={id('date')} label={t('powers.register.step.date')}>
        <input type="date" required value={v.date} onChange={(e) => set({ date: e.target.value })} />
      </Field>
      {fields.includes('hearingDays') && (
        <Field id={id('hearing-days')} label={t('powers.register.step.hearingDays')} hint={t('powers.register.step.hearingDaysHint')}>
          <input
            type="number"
            min={1}
            max={90}
            inputMode="numeric"
            value={v.hearingDays}
            onChange={(e) => set({ hearingDays: e.target.value })}
          />
        </Field>
      )}
      {fields.includes('measureStart') && (
        <Field id={id('measure-start')} label={t('powers.register.form.measureStart')}>
          <input type="date" value={v.measureStart} onChange={(e) => set({ measureStart: e.target.value })} />
        </Field>
      )}
      {fields.includes('measureEnd') && (
        <Field id={id('measure-end')} label={t('powers.register.form.measureEnd')}>
          <input type="date" value={v.measureEnd} onChange={(e) => set({ measureEnd: e.target.value })} />
        </Field>
      )}
      {fields.includes('until') && (
        <Field id={id('until')} label={t('powers.register.step.until')}>
          <input type="date" required value={v.until} onChange={(e) => set({ until: e.target.value })} />
        </Field>
      )}
      {fields.includes('advisoryCommittee') && (
        <label className="check">
          <input type="checkbox" checked={v.advisoryCommittee} onChange={(e) => set({ advisoryCommittee: e.target.checked })} />
          {t('powers.register.step.advisoryCommittee')}
        </label>
      )}
      {fields.includes('weeks') && (
        <Field id={id('weeks')} label={t('powers.register.step.weeks')} hint={t('powers.register.step.weeksHint')}>
          <input
            type="number"
            min={1}
            max={52}
            required
            inputMode="numeric"
            value={v.weeks}
            onChange={(e) => set({ weeks: e.target.value })}
          />
        </Field>
      )}
      {fields.includes('outcome') && (
        <Field id={id('outcome')} label={t('powers.register.step.outcome')}>
          <select required value={v.outcome} onChange={(e) => set({ outcome: e.target.value })}>
            <option value="">{t('powers.register.step.chooseOutcome')}</option>
            {OBJECTION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`powers.register.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {fields.includes('appealOutcome') && (
        <Field id={id('appeal-outcome')} label={t('powers.register.step.appealOutcome')}>
          <input type="text" maxLength={200} value={v.appealOutcome} onChange={(e) => set({ appealOutcome: e.target.value })} />
        </Field>
      )}
      {fields.includes('publicText') && (
        <Field id={id('public-text')} label={t('powers.register.step.publicText')} hint={t('powers.register.step.publicTextHint')}>
          <textarea rows={4} maxLength={5000} value={v.publicText} onChange={(e) => set({ publicText: e.target.value })} />
        </Field>
      )}
      <Field
        id={id('reason')}
        label={REASON_REQUIRED.has(action) ? t('powers.register.step.reasonRequired') : t('powers.register.step.reason')}
      >
        <textarea
          rows={2}
          maxLength={2000}
          required={REASON_REQUIRED.has(action)}
          value={v.reason}
          onChange={(e) => set({ reason: e.target.value })}
        />
      </Field>
      {submit.error && (
        <p role="alert" className="field-error">
          {submit.error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={submit.busy}>
          {t('powers.register.step.submit')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('powers.register.step.cancel')}
        </button>
      </div>
    </form>
  );
}
