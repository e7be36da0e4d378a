/** Categories to read: per main category its sub-categories with deadline, department and roles (edited in Beheer → Categorieën). */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getAllCategories } from './api.ts';
import type { Category } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

function roles(c: Category, t: (k: string) => string): string {
  return [c.isPublic && 'public', c.isSensitive && 'sensitive', c.isNuisance && 'nuisance', !c.active && 'inactive']
    .filter((x): x is string => Boolean(x))
    .map((x) => t(`signals.settings.role_${x}`))
    .join(', ');
}

export function CategoriesAdmin() {
  const { t } = useTranslation();
  const [state] = useAsync(() => getAllCategories(), []);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    );
  return (
    <div className="categories-admin">
      <p className="hint">{t('signals.settings.categoriesIntro')}</p>
      {state.data.categories.map((main) => (
        <table key={main.slug} ref={labelCells} className="inbox-table">
          <caption>
            {main.name} <span className="muted small">({roles(main, t)})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('signals.settings.name')}</th>
              <th scope="col">{t('signals.settings.handlingDays')}</th>
              <th scope="col">{t('signals.detail.department')}</th>
              <th scope="col">{t('signals.settings.roles')}</th>
            </tr>
          </thead>
          <tbody>
            {(main.children ?? []).map((c) => (
              <tr key={c.slug}>
                <th scope="row">{c.name}</th>
                <td>{c.handlingDays}</td>
                <td>{c.department}</td>
                <td>{roles(c, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
