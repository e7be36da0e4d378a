/** Parts of the new-case form: household rows, and the choices (criteria, legal basis, members, partners, youth group). */
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import type { AssignableUser, Covenant, Criterion } from './api-cases.ts';
import { type HouseholdRow, type NewCaseForm, toggle } from './case-form.ts';

interface HouseholdProps {
  rows: HouseholdRow[];
  onChange(rows: HouseholdRow[]): void;
}

export function HouseholdRows({ rows, onChange }: HouseholdProps) {
  const { t } = useTranslation();
  const update = (k: number, patch: Partial<HouseholdRow>) => onChange(rows.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>{t('cases.case.household')}</legend>
      {rows.map((r, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before they are saved; they are only appended and removed
        <div className="case-row" key={k}>
          <Field id={`hh-name-${k}`} label={t('cases.case.name')}>
            <input value={r.name} onChange={(e) => update(k, { name: e.target.value })} autoComplete="off" />
          </Field>
          <Field id={`hh-relation-${k}`} label={t('cases.case.relation')}>
            <input value={r.relation} onChange={(e) => update(k, { relation: e.target.value })} autoComplete="off" />
          </Field>
          <Field id={`hh-birth-${k}`} label={t('cases.case.birthDate')}>
            <input type="date" value={r.birthDate} onChange={(e) => update(k, { birthDate: e.target.value })} />
          </Field>
          <button type="button" className="button secondary" onClick={() => onChange(rows.filter((_, i) => i !== k))}>
            {t('cases.case.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button secondary" onClick={() => onChange([...rows, { name: '', birthDate: '', relation: '' }])}>
        {t('cases.new.addHousehold')}
      </button>
    </fieldset>
  );
}

interface ChoiceProps {
  form: NewCaseForm;
  set<K extends keyof NewCaseForm>(key: K, value: NewCaseForm[K]): void;
  choices: {
    criteria: Criterion[];
    users: AssignableUser[];
    covenants: Covenant[];
    partners: Array<{ id: string; name: string }>;
    groups: Array<{ id: string; name: string }>;
  };
  selfId: string;
}

function Checks({
  name,
  items,
  values,
  onChange,
}: {
  name: string;
  items: Array<{ id: string; label: string }>;
  values: string[];
  onChange(v: string[]): void;
}) {
  return (
    <>
      {items.map((item) => (
        <div className="checkbox-field" key={item.id}>
          <input
            type="checkbox"
            id={`${name}-${item.id}`}
            checked={values.includes(item.id)}
            onChange={(e) => onChange(toggle(values, item.id, e.target.checked))}
          />
          <label htmlFor={`${name}-${item.id}`}>{item.label}</label>
        </div>
      ))}
    </>
  );
}

export function CaseChoices({ form, set, choices, selfId }: ChoiceProps) {
  const { t, i18n } = useTranslation();
  const en = i18n.language?.startsWith('en');
  const users = choices.users.filter((u) => u.id !== selfId);
  return (
    <>
      <fieldset>
        <legend>{t('cases.case.criteria')}</legend>
        <Checks
          name="crit"
          items={choices.criteria.map((c) => ({ id: c.code, label: en ? c.nameEn : c.nameNl }))}
          values={form.criteria}
          onChange={(v) => set('criteria', v)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('cases.case.legalBasis')}</legend>
        <div className="checkbox-field">
          <input
            type="radio"
            id="basis-covenant"
            name="basis"
            checked={form.basisKind === 'covenant'}
            onChange={() => set('basisKind', 'covenant')}
          />
          <label htmlFor="basis-covenant">{t('cases.new.basisCovenant')}</label>
        </div>
        <div className="checkbox-field">
          <input type="radio" id="basis-text" name="basis" checked={form.basisKind === 'text'} onChange={() => set('basisKind', 'text')} />
          <label htmlFor="basis-text">{t('cases.new.basisText')}</label>
        </div>
        {form.basisKind === 'covenant' ? (
          <Field
            id="case-covenant"
            label={t('cases.new.covenant')}
            hint={choices.covenants.length === 0 ? t('cases.new.noCovenants') : undefined}
          >
            <select value={form.agreementId} onChange={(e) => set('agreementId', e.target.value)}>
              <option value="">{t('cases.new.choose')}</option>
              {choices.covenants.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field id="case-basis" label={t('cases.new.basisName')}>
            <input value={form.legalBasis} onChange={(e) => set('legalBasis', e.target.value)} />
          </Field>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('cases.case.members')}</legend>
        <p className="hint">{t('cases.new.membersHint')}</p>
        <Checks
          name="member"
          items={users.map((u) => ({
            id: u.id,
            label: u.organisations.length ? `${u.name} (${u.organisations.map((o) => o.name).join(', ')})` : u.name,
          }))}
          values={form.memberIds}
          onChange={(v) => set('memberIds', v)}
        />
      </fieldset>
      {choices.partners.length > 0 && (
        <fieldset>
          <legend>{t('cases.case.partners')}</legend>
          <Checks
            name="partner"
            items={choices.partners.map((p) => ({ id: p.id, label: p.name }))}
            values={form.partnerIds}
            onChange={(v) => set('partnerIds', v)}
          />
        </fieldset>
      )}
      {choices.groups.length > 0 && (
        <Field id="case-group" label={t('cases.case.youthGroup')}>
          <select value={form.youthGroupId} onChange={(e) => set('youthGroupId', e.target.value)}>
            <option value="">{t('cases.new.noYouthGroup')}</option>
            {choices.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </Field>
      )}
    </>
  );
}
