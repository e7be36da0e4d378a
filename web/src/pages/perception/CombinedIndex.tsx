/** The combined index with its weights written out, or why it cannot be computed. */
import { useTranslation } from 'react-i18next';
import { combinedParts, formatNumber } from './index-format.ts';
import type { Combined } from './types.ts';

export function CombinedIndex({ combined }: { combined: Combined }) {
  const { t, i18n } = useTranslation();
  const f = (v: number | null) => formatNumber(v, i18n.language);
  const parts = combinedParts(combined);
  return (
    <section className="panel-card combined" aria-labelledby="combined-title">
      <h2 id="combined-title">{t('perception.combined.title')}</h2>
      {parts ? (
        <p className="combined-formula" data-testid="combined">
          <strong>{f(parts.combined)}</strong> = {f(parts.wObjective)} × {f(parts.objective)} ({t('perception.combined.objective')}){' + '}
          {f(parts.wSubjective)} × {f(parts.subjective)} ({t('perception.combined.subjective')})
        </p>
      ) : (
        <p data-testid="combined">
          {t('perception.combined.missing', { objective: f(combined.objective), subjective: f(combined.subjective) })}
        </p>
      )}
      <p className="hint">
        {t('perception.combined.weights', { objective: combined.weightObjective, subjective: 100 - combined.weightObjective })}
      </p>
    </section>
  );
}
