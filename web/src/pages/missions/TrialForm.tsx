/** The design form of a trial: design, units, hypothesis, the one primary indicator and the periods. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { putTrial, type Trial } from './trial-api.ts';
import { checkTrialForm, trialBody, type TrialFormErrors, type TrialFormState, type TrialSource } from './trial-form.ts';

interface Props {
  missionId: string;
  measureId: string;
  csrfToken: string | null;
  initial: TrialFormState;
  onSaved(t: Trial): void;
  onCancel(): void;
}

const SOURCES: TrialSource[] = ['signals', 'incidents', 'enforcement', 'manual'];
const DATES = ['baselineFrom', 'baselineTo', 'trialFrom', 'trialTo'] as const;

export function TrialForm({ missionId, measureId, csrfToken, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<TrialFormErrors>({});
  const submit = useSubmit();
  const change = (patch: Partial<TrialFormState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (k: keyof TrialFormErrors) => (errors[k] ? t(`trial.errors.${errors[k]}`) : null);
  const id = (k: string) => `trial-${measureId}-${k}`;

  async function send(e: FormEvent) {
    e.preventDefault();
    setErrors(checkTrialForm(form));
    const body = trialBody(form);
    if (!body) return;
    const saved = await submit.run(() => putTrial(missionId, measureId, body, csrfToken));
    if (saved) onSaved(saved);
  }

  return (
    <form className="action-form trial-form" onSubmit={send} noValidate aria-label={t('trial.design')}>
      <div className="field-row">
        <Field id={id('design')} label={t('trial.design')}>
          <select value={form.design} onChange={(e) => change({ design: e.target.value as TrialFormState['design'] })}>
            {(['randomised', 'stepped-wedge'] as const).map((d) => (
              <option key={d} value={d}>
                {t(`trial.designs.${d}`)}
              </option>
            ))}
          </select>
        </Field>
        {form.design === 'stepped-wedge' && (
          <Field id={id('steps')} label={t('trial.steps')}>
            <input type="number" min={2} max={12} value={form.steps} onChange={(e) => change({ steps: e.target.value })} />
          </Field>
        )}
        <Field id={id('unit-kind')} label={t('trial.unitKind')}>
          <select
            value={form.unitKind}
            onChange={(e) => {
              const unitKind = e.target.value as TrialFormState['unitKind'];
              change(unitKind === 'named' ? { unitKind, source: 'manual' } : { unitKind });
            }}
          >
            {(['buurten', 'named'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`trial.unitKinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        id={id('units')}
        label={t(form.unitKind === 'buurten' ? 'trial.unitsBuurten' : 'trial.unitsNamed')}
        hint={t(form.unitKind === 'buurten' ? 'trial.unitsBuurtenHint' : 'trial.unitsNamedHint')}
        error={err('units')}
      >
        <textarea rows={3} value={form.units} onChange={(e) => change({ units: e.target.value })} />
      </Field>
      <Field id={id('hypothesis')} label={t('trial.hypothesis')} error={err('hypothesis')}>
        <textarea rows={2} value={form.hypothesis} onChange={(e) => change({ hypothesis: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={id('source')} label={t('trial.indicator')}>
          <select value={form.source} onChange={(e) => change({ source: e.target.value as TrialSource })}>
            {SOURCES.filter((s) => form.unitKind === 'buurten' || s === 'manual').map((s) => (
              <option key={s} value={s}>
                {t(`trial.sources.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('direction')} label={t('trial.direction')}>
          <select
            value={form.expectedDirection}
            onChange={(e) => change({ expectedDirection: e.target.value as TrialFormState['expectedDirection'] })}
          >
            {(['decrease', 'increase'] as const).map((d) => (
              <option key={d} value={d}>
                {t(`trial.directions.${d}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {form.source === 'manual' ? (
        <div className="field-row">
          <Field id={id('manual-name')} label={t('trial.manualName')} error={err('manual')}>
            <input type="text" value={form.manualName} onChange={(e) => change({ manualName: e.target.value })} />
          </Field>
          <Field id={id('manual-unit')} label={t('trial.manualUnit')}>
            <input type="text" value={form.manualUnit} onChange={(e) => change({ manualUnit: e.target.value })} />
          </Field>
        </div>
      ) : (
        <Field id={id('codes')} label={t('trial.codes')} hint={t('trial.codesHint')} error={err('codes')}>
          <input type="text" value={form.codes} onChange={(e) => change({ codes: e.target.value })} />
        </Field>
      )}
      <fieldset>
        <legend>{t('trial.periods')}</legend>
        <p className="hint">{t('trial.periodsHint')}</p>
        {err('dates') && (
          <p className="error" role="alert">
            {err('dates')}
          </p>
        )}
        <div className="field-row">
          {DATES.map((k) => (
            <Field key={k} id={id(k)} label={t(`trial.${k}`)}>
              <input type="date" value={form[k]} onChange={(e) => change({ [k]: e.target.value })} />
            </Field>
          ))}
        </div>
      </fieldset>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {t('trial.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('trial.cancel')}
        </button>
      </div>
    </form>
  );
}
