/**
 * Beheer → Categorieën: the report categories as a tree (main categories with their sub-categories),
 * a new category by name (the code is derived by the server), and per category an editor for the
 * texts, the suggestion keywords, the handling time, the default department, the roles and active.
 * A category with reports is never deleted: it is deactivated. Messages go to one live region.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useAnnouncement } from './announcement.tsx';
import { CategoryEditor } from './CategoryEditor.tsx';
import { type CategoryNode, type CategoryView, listCategories, listRules } from './categories-api.ts';
import { NewCategoryForm } from './NewCategoryForm.tsx';
import { knownDepartments } from './routing-format.ts';

function CategoryRow({ c, onEdit, editing }: { c: CategoryView; onEdit(): void; editing: boolean }) {
  const { t } = useTranslation();
  const roles = [c.isNuisance && 'nuisance', c.isSensitive && 'sensitive', !c.isPublic && 'notPublic', !c.active && 'inactive'].filter(
    Boolean,
  ) as string[];
  return (
    <div className="category-row">
      <span className="category-name">{c.name}</span> <code className="muted small">{c.slug}</code>{' '}
      {roles.map((r) => (
        <span key={r} className={`badge role-${r}`}>
          {t(`beheer.categories.badges.${r}`)}
        </span>
      ))}{' '}
      <span className="muted small">{t('beheer.categories.summary', { days: c.handlingDays, department: c.department })}</span>{' '}
      <button
        type="button"
        className="button ghost small"
        aria-label={t('beheer.categories.edit', { name: c.name })}
        aria-expanded={editing}
        onClick={onEdit}
      >
        {t('beheer.categories.editShort')}
      </button>
    </div>
  );
}

export function CategoriesSection({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => Promise.all([listCategories(), listRules()]), []);
  const [editing, setEditing] = useState<string | null>(null);
  const { announce, region } = useAnnouncement();
  const tree = state.status === 'ready' ? state.data[0] : null;
  const departments = state.status === 'ready' ? knownDepartments(state.data[0], state.data[1]) : [];

  const editor = (c: CategoryView) =>
    editing === c.slug && (
      <CategoryEditor
        category={c}
        csrfToken={session.csrfToken}
        onSaved={(saved) => {
          setEditing(null);
          reload();
          announce(t('beheer.categories.saved', { name: saved.name }), true);
        }}
        onCancel={() => setEditing(null)}
      />
    );
  const row = (c: CategoryView) => (
    <li key={c.slug}>
      <CategoryRow c={c} editing={editing === c.slug} onEdit={() => setEditing(editing === c.slug ? null : c.slug)} />
      {editor(c)}
    </li>
  );

  return (
    <div className="page beheer-categories">
      <h1 tabIndex={-1}>{t('beheer.categories.title')}</h1>
      <p className="lead">{t('beheer.categories.lead')}</p>
      {region}
      <datalist id="beheer-departments">
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {tree && (
        <NewCategoryForm
          mains={tree}
          csrfToken={session.csrfToken}
          onCreated={(c) => {
            reload();
            setEditing(c.slug);
            announce(t('beheer.categories.create.done', { name: c.name, slug: c.slug }), true);
          }}
        />
      )}
      <h2>{t('beheer.categories.caption')}</h2>
      {state.status === 'loading' && <p role="status">{t('beheer.categories.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {tree && tree.length === 0 && <p>{t('beheer.categories.none')}</p>}
      {tree && (
        <ul className="category-tree">
          {tree.map((main: CategoryNode) => (
            <li key={main.slug}>
              <CategoryRow c={main} editing={editing === main.slug} onEdit={() => setEditing(editing === main.slug ? null : main.slug)} />
              {editor(main)}
              <ul>{(main.children ?? []).map(row)}</ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
