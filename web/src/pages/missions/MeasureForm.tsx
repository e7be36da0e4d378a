/** Add a measure: type; an administrative power with its legal basis; a behavioural measure with EAST design and hypothesis. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { createMeasure } from './api.ts';
import {
  checkMeasureForm,
  EAST_PARTS,
  emptyMeasureForm,
  LEGAL_BASIS,
  measureBody,
  type MeasureErrors,
  type MeasureFormState,
} from './measure-form.ts';
import { MEASURE_TYPES, POWER_KINDS, type Measure, type MeasureType, type PowerKind } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  csrfToken: string | null;
  onAdded(m: Measure): void;
}

export function MeasureForm({ missionId, csrfToken, onAdded }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<MeasureFormState>(emptyMeasureForm);
  const [errors, setErrors] = useState<MeasureErrors>({});
  const submit = useSubmit();
  const change = (patch: Partial<MeasureFormState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (k: keyof MeasureErrors) => (errors[k] ? t(`missions.errors.${errors[k]}`) : null);

  async function send(e: FormEvent) {
    e.preventDefault();
    setErrors(checkMeasureForm(form));
    const body = measureBody(form);
    if (!body) return;
    const m = await submit.run(() => createMeasure(missionId, body, csrfToken));
    if (m) {
      setForm(emptyMeasureForm());
      onAdded(m);
    }
  }

  return (
    <form className="panel-card action-form measure-form" onSubmit={send} noValidate aria-labelledby="measure-form-title">
      <h3 id="measure-form-title">{t('missions.measures.add')}</h3>
      <div className="field-row">
        <Field id="measure-title" label={t('missions.measures.title')} error={err('title')}>
          <input type="text" value={form.title} onChange={(e) => change({ title: e.target.value })} />
        </Field>
        <Field id="measure-type" label={t('missions.measures.type')}>
          <select value={form.type} onChange={(e) => change({ type: e.target.value as MeasureType })}>
            {MEASURE_TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`missions.measureType.${m}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="measure-description" label={t('missions.measures.description')}>
        <textarea rows={2} value={form.description} onChange={(e) => change({ description: e.target.value })} />
      </Field>
      {form.type === 'administrative-power' && (
        <div className="field-row">
          <Field id="measure-power" label={t('missions.measures.power')} error={err('powerKind')}>
            <select value={form.powerKind} onChange={(e) => change({ powerKind: e.target.value as PowerKind | '' })}>
              <option value="">{t('missions.measures.choosePower')}</option>
              {POWER_KINDS.map((p) => (
                <option key={p} value={p}>
                  {t(`missions.power.${p}`)} ({LEGAL_BASIS[p]})
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="measure-legal-basis"
            label={t('missions.measures.legalBasis')}
            hint={form.powerKind ? t('missions.measures.legalBasisDefault', { basis: LEGAL_BASIS[form.powerKind] }) : undefined}
          >
            <input type="text" value={form.legalBasis} onChange={(e) => change({ legalBasis: e.target.value })} />
          </Field>
        </div>
      )}
      {form.type === 'behavioural' && (
        <fieldset className="east">
          <legend>{t('missions.measures.east')}</legend>
          <p className="hint">{t('missions.measures.eastHint')}</p>
          {EAST_PARTS.map((p) => (
            <Field key={p} id={`measure-east-${p}`} label={t(`missions.east.${p}`)} hint={t(`missions.east.${p}Hint`)} error={err(p)}>
              <textarea rows={2} value={form.design[p]} onChange={(e) => change({ design: { ...form.design, [p]: e.target.value } })} />
            </Field>
          ))}
          <Field
            id="measure-hypothesis"
            label={t('missions.measures.hypothesis')}
            hint={t('missions.measures.hypothesisHint')}
            error={err('hypothesis')}
          >
            <textarea rows={2} value={form.hypothesis} onChange={(e) => change({ hypothesis: e.target.value })} />
          </Field>
        </fieldset>
      )}
      <div className="field-row">
        <Field id="measure-start" label={t('missions.measures.startDate')}>
          <input type="date" value={form.startDate} onChange={(e) => change({ startDate: e.target.value })} />
        </Field>
        <Field id="measure-end" label={t('missions.measures.endDate')} error={err('endDate')}>
          <input type="date" value={form.endDate} onChange={(e) => change({ endDate: e.target.value })} />
        </Field>
      </div>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={submit.busy}>
        {t('missions.measures.submit')}
      </button>
    </form>
  );
}
