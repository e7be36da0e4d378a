/**
 * The Awb steps the API allows now, each a button that opens its small form: the date the step took
 * effect, a reason and the step's own fields (hearing days, advisory committee, weeks, outcome, new
 * end date, measure period, public text). One form is open at a time.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { StepOwnFields } from './StepOwnFields.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { takeStep } from './api.ts';
import { emptyStepValues, REASON_REQUIRED, STEP_FIELDS, type StepValues, stepBody, todayText } from './step-form.ts';
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
      <StepOwnFields fields={STEP_FIELDS[action]} values={v} onChange={set} />
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
