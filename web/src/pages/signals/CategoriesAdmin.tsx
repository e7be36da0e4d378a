/** Categories: per category the deadline in working days, department, public/sensitive, active; add sub-categories. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { getAllCategories, saveCategory } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import { validateCategory } from './routing-rules.ts';
import type { Category } from './types.ts';
import { errorText, useAsync } from '../../ui/use-async.ts';

interface EditProps {
  category: Category;
  isNew?: boolean;
  canEdit: boolean;
  csrfToken: string | null;
  onSaved(): void;
}

function CategoryEditor({ category, isNew, canEdit, csrfToken, onSaved }: EditProps) {
  const { t } = useTranslation();
  const [c, setC] = useState(category);
  const [slug, setSlug] = useState(isNew ? '' : category.slug);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const errors = validateCategory(c);
  const id = `cat-${isNew ? `new-${category.parentSlug}` : category.slug}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (Object.keys(errors).length || !/^[a-z0-9-]{1,60}$/.test(slug))
      return setMessage({ ok: false, text: t('signals.settings.invalid') });
    try {
      const { slug: _s, children: _c, ...body } = c;
      await saveCategory(slug, body, csrfToken);
      setMessage({ ok: true, text: t('signals.settings.saved') });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.problem.detail : errorText(err) });
    }
  }
  return (
    <form className="category-editor" onSubmit={submit} aria-label={c.name || t('signals.settings.newCategory')}>
      <fieldset disabled={!canEdit}>
        {isNew && (
          <Field id={`${id}-slug`} label={t('signals.settings.slug')} hint={t('signals.settings.slugHint')}>
            <input value={slug} onChange={(e) => setSlug(e.target.value)} />
          </Field>
        )}
        <Field id={`${id}-name`} label={t('signals.settings.name')}>
          <input value={c.name} onChange={(e) => setC({ ...c, name: e.target.value })} />
        </Field>
        <Field
          id={`${id}-days`}
          label={t('signals.settings.handlingDays')}
          error={errors.handlingDays ? t('signals.errors.handlingDays') : null}
        >
          <input
            type="number"
            min={0}
            max={365}
            value={c.handlingDays}
            onChange={(e) => setC({ ...c, handlingDays: Number(e.target.value) })}
          />
        </Field>
        <Field id={`${id}-dept`} label={t('signals.detail.department')}>
          <input value={c.department} onChange={(e) => setC({ ...c, department: e.target.value })} />
        </Field>
        <div className="check-row">
          <label className="check">
            <input type="checkbox" checked={c.isPublic} onChange={(e) => setC({ ...c, isPublic: e.target.checked })} />{' '}
            {t('signals.settings.public')}
          </label>
          <label className="check">
            <input type="checkbox" checked={c.isSensitive} onChange={(e) => setC({ ...c, isSensitive: e.target.checked })} />{' '}
            {t('signals.settings.sensitive')}
          </label>
          <label className="check">
            <input type="checkbox" checked={c.active} onChange={(e) => setC({ ...c, active: e.target.checked })} />{' '}
            {t('signals.settings.active')}
          </label>
        </div>
        {canEdit && (
          <button type="submit" className="button small">
            {t('signals.settings.save')}
          </button>
        )}
        {message && (
          <span className={message.ok ? 'ok-text' : 'field-error'} role="status">
            {' '}
            {message.text}
          </span>
        )}
      </fieldset>
    </form>
  );
}

export function CategoriesAdmin({ canEdit, csrfToken }: { canEdit: boolean; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => getAllCategories(), []);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    );
  const blank = (main: Category): Category => ({
    ...main,
    slug: '',
    parentSlug: main.slug,
    name: '',
    description: '',
    active: true,
    children: [],
  });
  return (
    <div className="categories-admin">
      <p className="hint">{t('signals.settings.categoriesIntro')}</p>
      {state.data.categories.map((main) => (
        <details key={main.slug} className="category-group">
          <summary>
            {main.name} <span className="muted small">({main.children?.length ?? 0})</span>
          </summary>
          <CategoryEditor category={main} canEdit={canEdit} csrfToken={csrfToken} onSaved={reload} />
          {(main.children ?? []).map((c) => (
            <CategoryEditor
              key={c.slug}
              category={{ ...c, parentSlug: main.slug }}
              canEdit={canEdit}
              csrfToken={csrfToken}
              onSaved={reload}
            />
          ))}
          {canEdit && (
            <details className="new-category">
              <summary>{t('signals.settings.newCategory')}</summary>
              <CategoryEditor category={blank(main)} isNew canEdit={canEdit} csrfToken={csrfToken} onSaved={reload} />
            </details>
          )}
        </details>
      ))}
    </div>
  );
}
