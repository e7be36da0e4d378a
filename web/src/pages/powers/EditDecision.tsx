/**
 * Changes a decision's content and its public text (PATCH with the version read); when someone else
 * changed it meanwhile (409) the form says so and offers to reload.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { changeDecision, getCaseChoices, listPowerBases } from './api.ts';
import { type DecisionFormValues, fieldErrorsOf, formOfDecision, newDecisionBody } from './decision-form.ts';
import { DecisionFields } from './DecisionFields.tsx';
import type { DecisionChange, DecisionView } from './types.ts';

/** 409 `conflict`: someone else changed the decision since it was read (not an unknown case or mission). */
const isStaleVersion = (err: ApiError) => err.status === 409 && err.problem.type.split('/').pop() === 'conflict';

interface Props {
  decision: DecisionView;
  csrf: string | null;
  offerCases: boolean;
  onSaved(d: DecisionView): void;
  onCancel(): void;
  onReload(): void;
}

export function EditDecision({ decision, csrf, offerCases, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DecisionFormValues>(() => formOfDecision(decision));
  const [publicText, setPublicText] = useState(decision.publicText ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const [bases] = useAsync(() => listPowerBases(), []);
  const [areas] = useAsync(() => getAreaChoices(), []);
  const [cases] = useAsync(offerCases ? () => getCaseChoices().catch(() => []) : null, []);
  const submit = useSubmit();
  const base = bases.status === 'ready' ? (bases.data.find((b) => b.code === decision.baseCode) ?? null) : null;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const built = newDecisionBody(values);
    if ('error' in built) return setErrors({ [built.field]: t(`powers.register.form.${built.error}`) });
    const { baseCode: _base, ...content } = built.body;
    const body: DecisionChange = {
      ...content,
      address: content.address ?? null,
      geometry: content.geometry ?? null,
      caseId: content.caseId ?? null,
      measureStart: content.measureStart ?? null,
      measureEnd: content.measureEnd ?? null,
      publicText: publicText.trim() || null,
      version: decision.version,
    };
    setErrors({});
    setConflict(false);
    const saved = await submit.run(async () => {
      try {
        return await changeDecision(decision.id, body, csrf);
      } catch (err) {
        if (err instanceof ApiError && isStaleVersion(err)) setConflict(true);
        if (err instanceof ApiError) setErrors(fieldErrorsOf(err.problem.errors));
        throw err;
      }
    });
    if (saved) onSaved(saved);
  }

  return (
    <form className="action-form" onSubmit={onSubmit} aria-labelledby="pw-edit-title">
      <h2 id="pw-edit-title">{t('powers.register.edit.title')}</h2>
      <DecisionFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={errors}
        base={base}
        areas={areas.status === 'ready' ? areas.data : null}
        cases={offerCases ? (cases.status === 'ready' ? cases.data : []) : null}
      />
      <Field
        id="pw-public-text"
        label={t('powers.register.step.publicText')}
        hint={t('powers.register.step.publicTextHint')}
        error={errors.publicText}
      >
        <textarea rows={4} maxLength={5000} value={publicText} onChange={(e) => setPublicText(e.target.value)} />
      </Field>
      {conflict ? (
        <div role="alert" className="field-error">
          <p>{t('powers.register.edit.conflict')}</p>
          <button type="button" className="button" onClick={onReload}>
            {t('powers.register.edit.reload')}
          </button>
        </div>
      ) : (
        submit.error && (
          <p role="alert" className="field-error">
            {submit.error}
          </p>
        )
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={submit.busy}>
          {t('powers.register.edit.save')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('powers.register.step.cancel')}
        </button>
      </div>
    </form>
  );
}
