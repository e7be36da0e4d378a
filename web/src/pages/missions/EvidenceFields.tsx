/** The evidence to freeze: the analysis period (and optional baseline) and the kinds of result. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { ALL_EVIDENCE_CHOICES, baselineOf, evidenceToken } from './create-query.ts';
import { toggle, type FormErrors, type MissionFormState } from './mission-form.ts';

interface Props {
  form: MissionFormState;
  errors: FormErrors;
  onChange(patch: Partial<MissionFormState>): void;
}

export function EvidenceFields({ form, errors, onChange }: Props) {
  const { t } = useTranslation();
  const chosen = new Set(form.evidence.map(evidenceToken));
  const baseline = form.from && form.to && form.to > form.from ? baselineOf(form.from, form.to, form.baselineFrom, form.baselineTo) : null;
  return (
    <fieldset className="evidence-fields">
      <legend>{t('missions.create.evidence')}</legend>
      <p className="hint">{t('missions.create.evidenceHint')}</p>
      <div className="check-columns">
        {ALL_EVIDENCE_CHOICES.map((c) => {
          const token = evidenceToken(c);
          return (
            <label key={token} className="check">
              <input
                type="checkbox"
                checked={chosen.has(token)}
                onChange={() => onChange({ evidence: toggle(form.evidence, c, (a, b) => evidenceToken(a) === evidenceToken(b)) })}
              />
              {t(`missions.evidenceKind.${token.replace(':', '-')}`)}
            </label>
          );
        })}
      </div>
      <div className="field-row">
        <Field id="evidence-from" label={t('missions.create.from')} error={errors.period ? t(`missions.errors.${errors.period}`) : null}>
          <input type="date" value={form.from} onChange={(e) => onChange({ from: e.target.value })} />
        </Field>
        <Field id="evidence-to" label={t('missions.create.to')} hint={t('missions.create.toHint')}>
          <input type="date" value={form.to} onChange={(e) => onChange({ to: e.target.value })} />
        </Field>
      </div>
      {baseline && chosen.has('hotcrimes') && (
        <p className="small">{t('missions.create.baseline', { from: baseline.from, to: baseline.to })}</p>
      )}
    </fieldset>
  );
}
