/** The plain fields of the create form: title, problem statement, crime types, owner, priority, review date. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { toggle, type FormErrors, type MissionFormState } from './mission-form.ts';
import { PRIORITIES, type CrimeType, type Priority } from './types.ts';

interface Props {
  form: MissionFormState;
  errors: FormErrors;
  crimeTypes: CrimeType[] | null;
  ownerName: string;
  onChange(patch: Partial<MissionFormState>): void;
}

export function MissionFormFields({ form, errors, crimeTypes, ownerName, onChange }: Props) {
  const { t } = useTranslation();
  const err = (k: keyof FormErrors) => (errors[k] ? t(`missions.errors.${errors[k]}`) : null);
  return (
    <>
      <Field id="mission-title" label={t('missions.fields.title')} error={err('title')}>
        <input type="text" value={form.title} maxLength={200} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <Field id="mission-problem" label={t('missions.fields.problemStatement')} hint={t('missions.create.problemHint')}>
        <textarea rows={4} value={form.problemStatement} onChange={(e) => onChange({ problemStatement: e.target.value })} />
      </Field>
      <fieldset className="crime-types">
        <legend>{t('missions.fields.crimeTypes')}</legend>
        <p className="hint">{t('missions.create.crimeTypesHint')}</p>
        <div className="check-columns">
          {(crimeTypes ?? [])
            .filter((c) => c.code !== '0.0.0')
            .map((c) => (
              <label key={c.code} className="check">
                <input
                  type="checkbox"
                  checked={form.crimeTypes.includes(c.code)}
                  onChange={() => onChange({ crimeTypes: toggle(form.crimeTypes, c.code) })}
                />
                {c.code} {c.title}
              </label>
            ))}
          {form.crimeTypes
            .filter((c) => !(crimeTypes ?? []).some((x) => x.code === c))
            .map((c) => (
              <label key={c} className="check">
                <input type="checkbox" checked onChange={() => onChange({ crimeTypes: toggle(form.crimeTypes, c) })} />
                {c}
              </label>
            ))}
        </div>
      </fieldset>
      <div className="field-row">
        <Field id="mission-priority" label={t('missions.fields.priority')}>
          <select value={form.priority} onChange={(e) => onChange({ priority: e.target.value as Priority })}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`missions.priority.${p}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="mission-review" label={t('missions.fields.nextReview')} error={err('nextReview')}>
          <input type="date" value={form.nextReview} onChange={(e) => onChange({ nextReview: e.target.value })} />
        </Field>
      </div>
      <div className="checkbox-field">
        <input id="mission-owner-me" type="checkbox" checked={form.ownerMe} onChange={(e) => onChange({ ownerMe: e.target.checked })} />
        <label htmlFor="mission-owner-me">{t('missions.create.ownerMe', { name: ownerName })}</label>
        <p className="hint">{t('missions.create.ownerHint')}</p>
      </div>
    </>
  );
}
