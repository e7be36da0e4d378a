/** Routing rules, in evaluation order (the first matching active rule wins): edit, move, add, remove, save all. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { getAllCategories, getRoutingRules, saveRoutingRules } from './api.ts';
import { indexCategories, leafOptions } from './categories.ts';
import { Field } from '../../ui/Field.tsx';
import { minutesToTime, moveRule, newRule, rulesBody, timeToMinutes, validateRule } from './routing-rules.ts';
import type { RoutingRule } from './types.ts';
import { errorText, useAsync } from '../../ui/use-async.ts';

const DAYS = [1, 2, 3, 4, 5, 6, 7];

function RuleEditor({
  rule,
  index,
  categories,
  onChange,
}: {
  rule: RoutingRule;
  index: number;
  categories: Array<{ slug: string; label: string }>;
  onChange(r: RoutingRule): void;
}) {
  const { t } = useTranslation();
  const id = `rule-${index}`;
  const errors = validateRule(rule);
  const set = (p: Partial<RoutingRule>) => onChange({ ...rule, ...p });
  const toggleDay = (d: number) => {
    const days = rule.weekdays ?? [];
    set({ weekdays: days.includes(d) ? days.filter((x) => x !== d) : [...days, d] });
  };
  return (
    <div className="rule-editor">
      <Field id={`${id}-name`} label={t('signals.settings.ruleName')} error={errors.name ? t('signals.errors.required') : null}>
        <input value={rule.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field id={`${id}-category`} label={t('signals.inbox.category')}>
        <select value={rule.categorySlug ?? ''} onChange={(e) => set({ categorySlug: e.target.value || null })}>
          <option value="">{t('signals.inbox.any')}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${id}-area`}
        label={t('signals.settings.areaCode')}
        hint={t('signals.settings.areaCodeHint')}
        error={errors.areaCode ? t('signals.errors.areaCode') : null}
      >
        <input value={rule.areaCode ?? ''} onChange={(e) => set({ areaCode: e.target.value.trim() || null })} />
      </Field>
      <fieldset className="days">
        <legend>{t('signals.settings.weekdays')}</legend>
        {DAYS.map((d) => (
          <label key={d} className="check">
            <input type="checkbox" checked={rule.weekdays?.includes(d) ?? false} onChange={() => toggleDay(d)} />{' '}
            {t(`signals.settings.day${d}`)}
          </label>
        ))}
      </fieldset>
      <div className="time-row">
        <Field id={`${id}-from`} label={t('signals.settings.timeFrom')} error={errors.time ? t('signals.errors.time') : null}>
          <input
            type="time"
            value={minutesToTime(rule.timeFrom ?? null)}
            onChange={(e) => set({ timeFrom: timeToMinutes(e.target.value) })}
          />
        </Field>
        <Field id={`${id}-to`} label={t('signals.settings.timeTo')}>
          <input type="time" value={minutesToTime(rule.timeTo ?? null)} onChange={(e) => set({ timeTo: timeToMinutes(e.target.value) })} />
        </Field>
      </div>
      <div className="time-row">
        <Field id={`${id}-kind`} label={t('signals.settings.assignKind')}>
          <select value={rule.assignKind} onChange={(e) => set({ assignKind: e.target.value as RoutingRule['assignKind'] })}>
            <option value="department">{t('signals.detail.department')}</option>
            <option value="partner">{t('signals.detail.partner')}</option>
          </select>
        </Field>
        <Field id={`${id}-to-whom`} label={t('signals.settings.assignTo')} error={errors.assignTo ? t('signals.errors.required') : null}>
          <input value={rule.assignTo} onChange={(e) => set({ assignTo: e.target.value })} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={rule.active} onChange={(e) => set({ active: e.target.checked })} /> {t('signals.settings.active')}
      </label>
    </div>
  );
}

export function RoutingRulesAdmin({ canEdit, csrfToken }: { canEdit: boolean; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [loaded] = useAsync(() => Promise.all([getRoutingRules(), getAllCategories()]), []);
  const [rules, setRules] = useState<RoutingRule[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setRules(loaded.data[0].rules);
  }, [loaded]);
  if (loaded.status !== 'ready')
    return loaded.status === 'error' ? (
      <p className="alert" role="alert">
        {loaded.detail}
      </p>
    ) : (
      <p role="status">{t('app.loading')}</p>
    );
  const categories = leafOptions(indexCategories(loaded.data[1].categories)).map((c) => ({
    slug: c.slug,
    label: `${c.group} › ${c.label}`,
  }));
  const valid = rules.every((r) => Object.keys(validateRule(r)).length === 0);
  async function save() {
    try {
      setRules((await saveRoutingRules(rulesBody(rules), csrfToken)).rules);
      setMessage({ ok: true, text: t('signals.settings.saved') });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.problem.detail : errorText(e) });
    }
  }
  return (
    <div className="rules-admin">
      <p className="hint">{t('signals.settings.rulesIntro')}</p>
      {rules.length === 0 && <p className="muted">{t('signals.settings.rulesNone')}</p>}
      <ol className="rule-list">
        {rules.map((r, i) => (
          <li key={r.id ?? `new-${i}`}>
            <fieldset disabled={!canEdit}>
              <legend>{t('signals.settings.ruleN', { n: i + 1, name: r.name })}</legend>
              <RuleEditor rule={r} index={i} categories={categories} onChange={(x) => setRules(rules.map((y, j) => (j === i ? x : y)))} />
              <div className="form-actions">
                <button type="button" className="button ghost small" disabled={i === 0} onClick={() => setRules(moveRule(rules, i, -1))}>
                  {t('signals.settings.up')}
                </button>
                <button
                  type="button"
                  className="button ghost small"
                  disabled={i === rules.length - 1}
                  onClick={() => setRules(moveRule(rules, i, 1))}
                >
                  {t('signals.settings.down')}
                </button>
                <button type="button" className="button ghost small" onClick={() => setRules(rules.filter((_, j) => j !== i))}>
                  {t('signals.settings.remove')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {canEdit && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setRules([...rules, newRule()])}>
            {t('signals.settings.addRule')}
          </button>
          <button type="button" className="button primary" disabled={!valid} onClick={save}>
            {t('signals.settings.saveRules')}
          </button>
        </div>
      )}
      {message && (
        <p className={message.ok ? 'notice' : 'alert'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
