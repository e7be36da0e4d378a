/** Registers a decision (state voornemen): legal basis, content, place, case, facts and documents. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { createDecision, getCaseChoices, listPowerBases } from './api.ts';
import { type DecisionFormValues, emptyDecisionForm, fieldErrorsOf, newDecisionBody } from './decision-form.ts';
import { DecisionFields } from './DecisionFields.tsx';
import type { PowersPageProps } from './page-props.ts';
import { decisionPath, POWERS_PATH } from './paths.ts';
import './powers.css';

export function NewDecisionPage({ caps, csrf, onNavigate }: PowersPageProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DecisionFormValues>(emptyDecisionForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [bases] = useAsync(() => listPowerBases(), []);
  const [areas] = useAsync(() => getAreaChoices(), []);
  const [cases] = useAsync(caps.participateInCases ? () => getCaseChoices().catch(() => []) : null, []);
  const submit = useSubmit();
  const activeBases = bases.status === 'ready' ? bases.data.filter((b) => b.active) : [];
  const base = activeBases.find((b) => b.code === values.baseCode) ?? null;
  const change = (patch: Partial<DecisionFormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const built = newDecisionBody(values);
    if ('error' in built) {
      setErrors({ [built.field]: t(`powers.register.form.${built.error}`) });
      return;
    }
    setErrors({});
    const created = await submit.run(async () => {
      try {
        return await createDecision(built.body, csrf);
      } catch (err) {
        if (err instanceof ApiError) setErrors(fieldErrorsOf(err.problem.errors));
        throw err;
      }
    });
    if (created) onNavigate(decisionPath(created.id));
  }

  return (
    <div className="page">
      <p>
        <a {...navLink(POWERS_PATH, onNavigate)}>{t('powers.register.backToList')}</a>
      </p>
      <h1 tabIndex={-1}>{t('powers.register.new.title')}</h1>
      <p role="note">{t('powers.register.new.privacy')}</p>
      <form onSubmit={onSubmit}>
        <Field id="pw-base" label={t('powers.register.form.base')} error={errors.baseCode}>
          <select required value={values.baseCode} onChange={(e) => change({ baseCode: e.target.value })}>
            <option value="">{t('powers.register.form.chooseBase')}</option>
            {activeBases.map((b) => (
              <option key={b.code} value={b.code}>
                {b.label} ({b.article})
              </option>
            ))}
          </select>
        </Field>
        {base?.description && <p className="hint">{base.description}</p>}
        <DecisionFields
          values={values}
          onChange={change}
          errors={errors}
          base={base}
          areas={areas.status === 'ready' ? areas.data : null}
          cases={caps.participateInCases ? (cases.status === 'ready' ? cases.data : []) : null}
        />
        {submit.error && (
          <p role="alert" className="field-error">
            {submit.error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={submit.busy || !values.baseCode}>
            {t('powers.register.new.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
