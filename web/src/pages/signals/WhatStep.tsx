/** Step 2, what: the description, the suggested category (with the option to choose another) and photos. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryPicker } from './CategoryPicker.tsx';
import { categoryPath, shownSuggestion, type CategoryIndex } from './categories.ts';
import { Field } from '../../ui/Field.tsx';
import { PhotoInput } from './PhotoInput.tsx';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from './report-form.ts';
import type { ReportForm } from './use-report-form.ts';

export function WhatStep({ f, index }: { f: ReportForm; index: CategoryIndex }) {
  const { t } = useTranslation();
  const { draft, errors } = f;
  const [picking, setPicking] = useState(false);
  const shown = shownSuggestion(index, f.suggestion);
  const err = (k: string | undefined) => (k ? t(`signals.errors.${k}`, { min: DESCRIPTION_MIN, defaultValue: k }) : null);
  const showPicker =
    picking || f.manualCategory || (!shown && draft.description.trim().length >= DESCRIPTION_MIN) || Boolean(errors.categorySlug);

  return (
    <>
      <Field
        id="report-description"
        label={t('signals.report.description')}
        error={err(errors.description)}
        hint={t('signals.report.descriptionHint', { min: DESCRIPTION_MIN })}
      >
        <textarea
          rows={5}
          maxLength={DESCRIPTION_MAX}
          value={draft.description}
          onChange={(e) => f.update('description', e.target.value)}
        />
      </Field>
      <div className="suggestion" role="status" aria-live="polite">
        {shown && !f.manualCategory && (
          <div className="suggestion-card" data-testid="category-suggestion" data-slug={shown.slug}>
            <p className="suggestion-label">{t(shown.unsure ? 'signals.report.suggestedUnsure' : 'signals.report.suggested')}</p>
            <p className="suggestion-value">
              <strong>{shown.path}</strong>
            </p>
            {shown.alternatives.length > 0 && (
              <p className="small">
                {t('signals.report.alternatives')}{' '}
                {shown.alternatives.map((a, i) => (
                  <span key={a.slug}>
                    {i > 0 && ', '}
                    <button type="button" className="link-button" onClick={() => f.chooseCategory(a.slug)}>
                      {a.path}
                    </button>
                  </span>
                ))}
              </p>
            )}
          </div>
        )}
        {f.manualCategory && draft.categorySlug && (
          <p className="suggestion-card">
            {t('signals.report.chosen')} <strong>{categoryPath(index, draft.categorySlug)}</strong>
          </p>
        )}
      </div>
      {!showPicker && shown && (
        <button
          type="button"
          className="button ghost small"
          aria-expanded={false}
          aria-controls="report-category"
          onClick={() => setPicking(true)}
        >
          {t('signals.report.otherCategory')}
        </button>
      )}
      {showPicker && (
        <div id="report-category">
          <CategoryPicker
            index={index}
            value={draft.categorySlug}
            idPrefix="report-category"
            error={err(errors.categorySlug)}
            onChange={(slug) => f.chooseCategory(slug)}
          />
        </div>
      )}
      <PhotoInput photos={f.photos} problems={f.photoProblems} onAdd={f.addPhotos} onRemove={f.removePhoto} />
    </>
  );
}
