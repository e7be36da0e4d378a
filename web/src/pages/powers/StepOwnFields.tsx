/** The fields a step asks beyond its date and reason: hearing days, measure period, new end date, committee, weeks, outcome, public text. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { OBJECTION_OUTCOMES, type StepField, type StepValues } from './step-form.ts';

interface Props {
  fields: readonly StepField[];
  values: StepValues;
  onChange(patch: Partial<StepValues>): void;
}

const id = (f: string) => `pw-step-${f}`;

export function StepOwnFields({ fields, values: v, onChange: set }: Props) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
