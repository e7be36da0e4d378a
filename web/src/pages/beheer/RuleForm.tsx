/** Create or edit one routing rule: name, conditions (category, area, weekdays, time window) and where it goes. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import type { CategoryNode, RuleInput } from './categories-api.ts';
import { minutesToTime, ruleErrors, timeToMinutes } from './routing-format.ts';

export interface AreaOption {
  code: string;
  name: string;
  level: string;
}

interface Props {
  rule: RuleInput;
  tree: readonly CategoryNode[];
  areas: readonly AreaOption[];
  busy: boolean;
  onSave(rule: RuleInput): void;
  onCancel(): void;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

export function RuleForm({ rule, tree, areas, busy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [r, setR] = useState(rule);
  const [from, setFrom] = useState(minutesToTime(rule.timeFrom));
  const [to, setTo] = useState(minutesToTime(rule.timeTo));
  const [tried, setTried] = useState(false);
  const candidate = { ...r, timeFrom: timeToMinutes(from), timeTo: timeToMinutes(to) };
  const errors = ruleErrors(candidate);
  const shown = tried ? errors : {};
  const set = (p: Partial<RuleInput>) => setR({ ...r, ...p });
  const toggleDay = (d: number) => {
    const days = r.weekdays ?? [];
    set({ weekdays: days.includes(d) ? days.filter((x) => x !== d) : [...days, d] });
  };
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!Object.keys(errors).length) onSave(candidate);
  }
  const id = 'rule-form';
  return (
    <form className="action-form rule-form" onSubmit={submit} aria-label={t('beheer.routing.formLabel')}>
      <Field id={`${id}-name`} label={t('beheer.routing.fields.name')} error={shown.name ? t('beheer.routing.fields.required') : null}>
        <input maxLength={200} value={r.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <div className="invite-fields">
        <Field id={`${id}-category`} label={t('beheer.routing.fields.category')}>
          <select value={r.categorySlug ?? ''} onChange={(e) => set({ categorySlug: e.target.value || null })}>
            <option value="">{t('beheer.routing.fields.anyCategory')}</option>
            {tree.map((m) => (
              <optgroup key={m.slug} label={m.name}>
                <option value={m.slug}>{t('beheer.routing.fields.wholeMain', { name: m.name })}</option>
                {(m.children ?? []).map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id={`${id}-area`} label={t('beheer.routing.fields.area')}>
          <select value={r.areaCode ?? ''} onChange={(e) => set({ areaCode: e.target.value || null })}>
            <option value="">{t('beheer.routing.fields.anyArea')}</option>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {t(`beheer.routing.fields.${a.level === 'wijk' ? 'wijk' : 'buurt'}`, { name: a.name })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="days">
        <legend>{t('beheer.routing.fields.weekdays')}</legend>
        {DAYS.map((d) => (
          <label key={d} className="check">
            <input type="checkbox" checked={r.weekdays?.includes(d) ?? false} onChange={() => toggleDay(d)} />{' '}
            {t(`beheer.routing.days.${d}`)}
          </label>
        ))}
      </fieldset>
      <div className="invite-fields">
        <Field id={`${id}-from`} label={t('beheer.routing.fields.from')} error={shown.time ? t('beheer.routing.fields.timeInvalid') : null}>
          <input type="time" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field id={`${id}-to`} label={t('beheer.routing.fields.to')}>
          <input type="time" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <div className="invite-fields">
        <Field id={`${id}-kind`} label={t('beheer.routing.fields.kind')}>
          <select value={r.assignKind} onChange={(e) => set({ assignKind: e.target.value as RuleInput['assignKind'] })}>
            <option value="department">{t('beheer.routing.fields.department')}</option>
            <option value="partner">{t('beheer.routing.fields.partner')}</option>
          </select>
        </Field>
        <Field
          id={`${id}-to-whom`}
          label={t('beheer.routing.fields.assignTo')}
          error={shown.assignTo ? t('beheer.routing.fields.required') : null}
        >
          <input
            maxLength={200}
            list={r.assignKind === 'department' ? 'beheer-rule-departments' : undefined}
            value={r.assignTo}
            onChange={(e) => set({ assignTo: e.target.value })}
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={r.active ?? true} onChange={(e) => set({ active: e.target.checked })} />{' '}
        {t('beheer.routing.fields.active')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('beheer.routing.fields.save')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('beheer.routing.fields.cancel')}
        </button>
      </div>
    </form>
  );
}
