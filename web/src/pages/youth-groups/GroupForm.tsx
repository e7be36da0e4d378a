/** The fields of a group: name, area, behaviour, size and ages, approach (measures, partners, mission), review date. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import type { AreaChoices } from '../../ui/area-choice/area-choices.ts';
import { AreaSelect } from '../../ui/area-choice/AreaSelect.tsx';
import type { GroupFormState } from './group-form.ts';

export interface Choices {
  areas: AreaChoices | null;
  partners: { id: string; name: string }[];
  missions: { id: string; title: string }[];
}

interface FieldsProps {
  form: GroupFormState;
  set<K extends keyof GroupFormState>(key: K, value: GroupFormState[K]): void;
  choices: Choices;
}

interface Props {
  form: GroupFormState;
  onChange(form: GroupFormState): void;
  choices: Choices;
  busy: boolean;
  error: string | null;
  submitLabel: string;
  onSubmit(): void;
  onCancel?: () => void;
  /** Extra fields before the buttons (the first hangplek of a new group). */
  children?: ReactNode;
}

/** What the group is: name, area, behaviour, size, ages. */
function GroupFields({ form, set, choices }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field id="yg-name" label={t('youthGroups.nameLabel')} hint={t('youthGroups.nameHint')}>
        <input value={form.name} onChange={(e) => set('name', e.target.value)} required minLength={2} maxLength={120} />
      </Field>
      <Field id="yg-area" label={t('youthGroups.area')}>
        <AreaSelect
          areas={choices.areas}
          value={form.areaCode}
          onChange={(v) => set('areaCode', v)}
          emptyLabel={t('youthGroups.chooseArea')}
          required
        />
      </Field>
      <Field id="yg-description" label={t('youthGroups.description')} hint={t('youthGroups.descriptionHint')}>
        <textarea value={form.description} onChange={(e) => set('description', e.target.value)} rows={3} maxLength={4000} />
      </Field>
      <Field id="yg-size" label={t('youthGroups.size')}>
        <input type="number" min={1} max={500} value={form.sizeEstimate} onChange={(e) => set('sizeEstimate', e.target.value)} />
      </Field>
      <Field id="yg-age-min" label={t('youthGroups.ageMin')}>
        <input type="number" min={6} max={40} value={form.ageMin} onChange={(e) => set('ageMin', e.target.value)} />
      </Field>
      <Field id="yg-age-max" label={t('youthGroups.ageMax')}>
        <input type="number" min={6} max={40} value={form.ageMax} onChange={(e) => set('ageMax', e.target.value)} />
      </Field>
    </>
  );
}

/** The approach: measures, partners, mission, review date. */
function ApproachFields({ form, set, choices }: FieldsProps) {
  const { t } = useTranslation();
  const togglePartner = (id: string) =>
    set('partnerIds', form.partnerIds.includes(id) ? form.partnerIds.filter((p) => p !== id) : [...form.partnerIds, id]);
  return (
    <>
      <Field id="yg-measures" label={t('youthGroups.measures')} hint={t('youthGroups.measuresHint')}>
        <textarea value={form.measures} onChange={(e) => set('measures', e.target.value)} rows={3} />
      </Field>
      <fieldset className="checkbox-field">
        <legend>{t('youthGroups.partners')}</legend>
        {choices.partners.length === 0 && <p className="hint">{t('youthGroups.noPartners')}</p>}
        {choices.partners.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={form.partnerIds.includes(p.id)} onChange={() => togglePartner(p.id)} /> {p.name}
          </label>
        ))}
      </fieldset>
      <Field id="yg-mission" label={t('youthGroups.mission')}>
        <select value={form.missionId} onChange={(e) => set('missionId', e.target.value)}>
          <option value="">{t('youthGroups.noMission')}</option>
          {choices.missions.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="yg-review" label={t('youthGroups.reviewDate')} hint={t('youthGroups.reviewHint')}>
        <input type="date" value={form.reviewDate} onChange={(e) => set('reviewDate', e.target.value)} />
      </Field>
    </>
  );
}

export function GroupForm({ form, onChange, choices, busy, error, submitLabel, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof GroupFormState>(key: K, value: GroupFormState[K]) => onChange({ ...form, [key]: value });
  return (
    <form
      className="yg-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <p className="yg-privacy" role="note">
        {t('youthGroups.privacy')}
      </p>
      <GroupFields form={form} set={set} choices={choices} />
      <ApproachFields form={form} set={set} choices={choices} />
      {children}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('youthGroups.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
