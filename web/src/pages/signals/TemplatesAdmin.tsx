/**
 * Standard texts: the reporter's e-mail per status (no text means no e-mail), and texts for one
 * category that win over the general one (sub-category over main category). Staff pick them as
 * "Standaardtekst" when they write to the reporter.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAllCategories, getTemplates } from './api.ts';
import { categoryPath, indexCategories, type CategoryIndex } from './categories.ts';
import { TemplateEditor } from './TemplateEditor.tsx';
import { SIGNAL_STATUSES, type Template } from './types.ts';
import { useAsync } from '../../ui/use-async.ts';

const PLACEHOLDERS = ['number', 'category', 'deadline', 'text', 'trackingUrl'];

interface Shared {
  canEdit: boolean;
  csrfToken: string | null;
  onSaved(): void;
}

/** Choose a status and a category, then write its text (a new one, or the existing one to change). */
function NewCategoryText({ index, templates, ...shared }: Shared & { index: CategoryIndex; templates: Template[] }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>('');
  const [category, setCategory] = useState('');
  const existing = templates.find((x) => x.status === status && x.categorySlug === category);
  return (
    <div className="template-new">
      <h3>{t('signals.settings.newCategoryText')}</h3>
      <div className="field">
        <label htmlFor="tpl-new-status">{t('signals.settings.textStatus')}</label>
        <select id="tpl-new-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('signals.settings.chooseStatus')}</option>
          {SIGNAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`signals.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tpl-new-category">{t('signals.settings.textCategory')}</label>
        <select id="tpl-new-category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('signals.settings.chooseCategory')}</option>
          {index.mains.map((m) => (
            <optgroup key={m.slug} label={m.name}>
              <option value={m.slug}>{t('signals.settings.wholeMain', { name: m.name })}</option>
              {(m.children ?? []).map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {status && category && (
        <TemplateEditor
          key={`${status}|${category}`}
          status={status}
          categorySlug={category}
          legend={`${t(`signals.status.${status}`)} — ${categoryPath(index, category)}`}
          template={existing}
          {...shared}
        />
      )}
    </div>
  );
}

export function TemplatesAdmin({ canEdit, csrfToken }: { canEdit: boolean; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => Promise.all([getTemplates(), getAllCategories()]), []);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    );
  const [{ templates }, { categories }] = state.data;
  const index = indexCategories(categories);
  const general = new Map(templates.filter((x) => x.categorySlug === null).map((x) => [x.status, x]));
  const perCategory = templates.filter((x) => x.categorySlug !== null);
  const shared = { canEdit, csrfToken, onSaved: reload };
  return (
    <div className="templates-admin">
      <p className="hint">{t('signals.settings.templatesIntro', { placeholders: PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ') })}</p>
      {SIGNAL_STATUSES.map((s) => (
        <TemplateEditor
          key={`${s}|${general.get(s)?.updatedAt ?? ''}`}
          status={s}
          categorySlug={null}
          legend={
            <>
              {t(`signals.status.${s}`)} {!general.has(s) && <span className="badge">{t('signals.settings.noMail')}</span>}
            </>
          }
          template={general.get(s)}
          {...shared}
        />
      ))}
      <h2>{t('signals.settings.categoryTexts')}</h2>
      <p className="hint">{t('signals.settings.categoryTextsIntro')}</p>
      {perCategory.length === 0 && <p>{t('signals.settings.noCategoryTexts')}</p>}
      {perCategory.map((x) => (
        <TemplateEditor
          key={`${x.status}|${x.categorySlug}|${x.updatedAt}`}
          status={x.status}
          categorySlug={x.categorySlug}
          legend={`${t(`signals.status.${x.status}`)} — ${categoryPath(index, x.categorySlug!)}`}
          template={x}
          {...shared}
        />
      ))}
      {canEdit && <NewCategoryText index={index} templates={templates} {...shared} />}
    </div>
  );
}
