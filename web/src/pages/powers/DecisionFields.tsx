/**
 * The content fields of a decision (new and edit): title, summary, the place as the legal basis asks
 * (a BAG address with type-ahead and/or wijken and buurten, a pasted polygon for camera and risk
 * areas), the PGA case, facts and documents by reference, and the measure period.
 */
import { useTranslation } from 'react-i18next';
import { AddressSearch } from '../../ui/address/AddressSearch.tsx';
import { Field } from '../../ui/Field.tsx';
import type { AreaChoices } from '../../ui/area-choice/area-choices.ts';
import { AreaOptions } from '../../ui/area-choice/AreaSelect.tsx';
import type { DecisionFormValues } from './decision-form.ts';
import type { PowerBase } from './types.ts';

interface Props {
  values: DecisionFormValues;
  onChange(patch: Partial<DecisionFormValues>): void;
  errors: Record<string, string>;
  base: PowerBase | null;
  areas: AreaChoices | null;
  /** The caller's own cases, or null when the caller takes no part in cases (no case field). */
  cases: { id: string; reference: string }[] | null;
}

const AREA_MEASURES = new Set(['camera', 'risk-area']);

export function DecisionFields({ values, onChange, errors, base, areas, cases }: Props) {
  const { t } = useTranslation();
  const placeKind = base?.placeKind ?? 'either';
  return (
    <>
      <Field id="pw-title" label={t('powers.register.form.title')} error={errors.title}>
        <input type="text" required maxLength={200} value={values.title} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <Field id="pw-summary" label={t('powers.register.form.summary')} hint={t('powers.register.form.summaryHint')} error={errors.summary}>
        <textarea rows={4} maxLength={5000} value={values.summary} onChange={(e) => onChange({ summary: e.target.value })} />
      </Field>
      <fieldset>
        <legend>{t('powers.register.form.place')}</legend>
        {placeKind !== 'area' && <AddressFields values={values} onChange={onChange} error={errors.address} />}
        {placeKind !== 'address' && <AreaFields values={values} onChange={onChange} error={errors.areaCodes} areas={areas} />}
        {(placeKind !== 'address' || AREA_MEASURES.has(base?.measureKind ?? '')) && (
          <Field
            id="pw-geometry"
            label={t('powers.register.form.geometry')}
            hint={t('powers.register.form.geometryHint')}
            error={errors.geometryText}
          >
            <textarea rows={3} value={values.geometryText} onChange={(e) => onChange({ geometryText: e.target.value })} />
          </Field>
        )}
      </fieldset>
      {cases && (
        <Field id="pw-case" label={t('powers.register.form.case')} hint={t('powers.register.form.caseHint')} error={errors.caseId}>
          <select value={values.caseId} onChange={(e) => onChange({ caseId: e.target.value })}>
            <option value="">{t('powers.register.form.noCase')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reference}
              </option>
            ))}
          </select>
        </Field>
      )}
      <fieldset>
        <legend>{t('powers.register.form.facts')}</legend>
        <Field
          id="pw-incidents"
          label={t('powers.register.form.incidents')}
          hint={t('powers.register.form.onePerLine')}
          error={errors.incidents}
        >
          <textarea rows={2} value={values.incidents} onChange={(e) => onChange({ incidents: e.target.value })} />
        </Field>
        <Field id="pw-signals" label={t('powers.register.form.signals')} hint={t('powers.register.form.onePerLine')}>
          <textarea rows={2} value={values.signals} onChange={(e) => onChange({ signals: e.target.value })} />
        </Field>
        <Field
          id="pw-documents"
          label={t('powers.register.form.documents')}
          hint={t('powers.register.form.documentsHint')}
          error={errors.documents}
        >
          <textarea rows={3} value={values.documents} onChange={(e) => onChange({ documents: e.target.value })} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('powers.register.form.period')}</legend>
        <Field id="pw-measure-start" label={t('powers.register.form.measureStart')} error={errors.measureStart}>
          <input type="date" value={values.measureStart} onChange={(e) => onChange({ measureStart: e.target.value })} />
        </Field>
        <Field id="pw-measure-end" label={t('powers.register.form.measureEnd')} error={errors.measureEnd}>
          <input type="date" value={values.measureEnd} onChange={(e) => onChange({ measureEnd: e.target.value })} />
        </Field>
      </fieldset>
    </>
  );
}

type PartProps = Pick<Props, 'values' | 'onChange'> & { error: string | undefined };

function AddressFields({ values, onChange, error }: PartProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'has-error' : undefined}>
      <AddressSearch
        id="pw-address-search"
        label={t('powers.register.form.address')}
        onSelect={(p) => onChange({ address: p.address || p.label, addressPoint: { lon: p.lon, lat: p.lat } })}
      />
      {error && (
        <p id="pw-address-error" className="field-error">
          {error}
        </p>
      )}
      <p className="hint" role="status">
        {values.address ? t('powers.register.form.addressChosen', { address: values.address }) : t('powers.register.form.noAddress')}
      </p>
    </div>
  );
}

function AreaFields({ values, onChange, error, areas }: PartProps & { areas: AreaChoices | null }) {
  const { t } = useTranslation();
  return (
    <Field id="pw-areas" label={t('powers.register.form.areas')} hint={t('powers.register.form.areasHint')} error={error}>
      <select
        multiple
        size={8}
        value={values.areaCodes}
        onChange={(e) => onChange({ areaCodes: Array.from(e.target.selectedOptions, (o) => o.value) })}
      >
        <AreaOptions areas={areas} />
      </select>
    </Field>
  );
}
