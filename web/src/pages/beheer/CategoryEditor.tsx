/** Edit one report category: texts, suggestion keywords, handling time, default department, roles (each explained) and active. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CategoryView, updateCategory } from './categories-api.ts';

interface Props {
  category: CategoryView;
  csrfToken: string | null;
  onSaved(category: CategoryView): void;
  onCancel(): void;
}

const ROLES = [
  ['isNuisance', 'nuisance'],
  ['isSensitive', 'sensitive'],
  ['isPublic', 'public'],
  ['active', 'active'],
] as const;

export function CategoryEditor({ category, csrfToken, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [c, setC] = useState(category);
  const { busy, error, run } = useSubmit();
  const id = `cat-${category.slug}`;
  const daysValid = Number.isInteger(c.handlingDays) && c.handlingDays >= 0 && c.handlingDays <= 365;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !daysValid) return;
    const { name, description, keywords, handlingDays, department, isNuisance, isSensitive, isPublic, active } = c;
    const body = { name: name.trim(), description, keywords, handlingDays, department: department.trim() };
    const saved = await run(() => updateCategory(category.slug, { ...body, isNuisance, isSensitive, isPublic, active }, csrfToken));
    if (saved) onSaved(saved);
  }

  return (
    <form className="action-form category-editor" onSubmit={submit} aria-label={t('beheer.categories.editLabel', { name: category.name })}>
      <p className="hint">
        {t('beheer.categories.fields.slug')}: <code>{category.slug}</code> — {t('beheer.categories.fields.slugHint')}
      </p>
      <Field id={`${id}-name`} label={t('beheer.categories.fields.name')}>
        <input required maxLength={100} value={c.name} onChange={(e) => setC({ ...c, name: e.target.value })} />
      </Field>
      <Field
        id={`${id}-description`}
        label={t('beheer.categories.fields.description')}
        hint={t('beheer.categories.fields.descriptionHint')}
      >
        <textarea rows={2} maxLength={1000} value={c.description} onChange={(e) => setC({ ...c, description: e.target.value })} />
      </Field>
      <Field id={`${id}-keywords`} label={t('beheer.categories.fields.keywords')} hint={t('beheer.categories.fields.keywordsHint')}>
        <textarea rows={2} maxLength={2000} value={c.keywords} onChange={(e) => setC({ ...c, keywords: e.target.value })} />
      </Field>
      <div className="invite-fields">
        <Field
          id={`${id}-days`}
          label={t('beheer.categories.fields.handlingDays')}
          error={daysValid ? null : t('beheer.categories.fields.handlingDaysInvalid')}
        >
          <input
            type="number"
            min={0}
            max={365}
            value={c.handlingDays}
            onChange={(e) => setC({ ...c, handlingDays: Number(e.target.value) })}
          />
        </Field>
        <Field id={`${id}-department`} label={t('beheer.categories.fields.department')}>
          <input required list="beheer-departments" value={c.department} onChange={(e) => setC({ ...c, department: e.target.value })} />
        </Field>
      </div>
      <fieldset className="category-roles">
        <legend>{t('beheer.categories.fields.roles')}</legend>
        {category.parentSlug === null && <p className="hint">{t('beheer.categories.roles.mainHint')}</p>}
        {ROLES.map(([field, key]) => (
          <div key={field} className="check-with-hint">
            <label className="check">
              <input
                type="checkbox"
                aria-describedby={`${id}-${key}-hint`}
                checked={c[field]}
                onChange={(e) => setC({ ...c, [field]: e.target.checked })}
              />{' '}
              {t(`beheer.categories.roles.${key}`)}
            </label>
            <p id={`${id}-${key}-hint`} className="hint">
              {t(`beheer.categories.roles.${key}Hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('beheer.categories.busy') : t('beheer.categories.save')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('beheer.categories.cancel')}
        </button>
      </div>
    </form>
  );
}
