/** A new report category by name only: under a main category (or as a new main category); the server derives the code. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CategoryNode, type CategoryView, createCategory } from './categories-api.ts';

interface Props {
  mains: readonly CategoryNode[];
  csrfToken: string | null;
  onCreated(category: CategoryView): void;
}

export function NewCategoryForm({ mains, csrfToken, onCreated }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [parent, setParent] = useState(mains[0]?.slug ?? '');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !name.trim()) return;
    const created = await run(() => createCategory({ name: name.trim(), parentSlug: parent || null }, csrfToken));
    if (!created) return;
    setName('');
    onCreated(created);
  }

  return (
    <form className="action-form invite-form" onSubmit={submit} aria-labelledby="new-category-title">
      <h2 id="new-category-title">{t('beheer.categories.create.title')}</h2>
      <p className="hint">{t('beheer.categories.create.lead')}</p>
      <div className="invite-fields">
        <Field id="new-category-name" label={t('beheer.categories.fields.name')}>
          <input required autoComplete="off" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="new-category-parent" label={t('beheer.categories.create.parent')}>
          <select value={parent} onChange={(e) => setParent(e.target.value)}>
            {mains.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
            <option value="">{t('beheer.categories.create.asMain')}</option>
          </select>
        </Field>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('beheer.categories.create.busy') : t('beheer.categories.create.submit')}
      </button>
    </form>
  );
}
