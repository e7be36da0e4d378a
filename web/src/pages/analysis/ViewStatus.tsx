/** Loading and error lines of a view, with a retry button. */
import { useTranslation } from 'react-i18next';
import type { Async } from '../../ui/use-async.ts';

export function ViewStatus({ data, onRetry }: { data: Async<unknown>; onRetry(): void }) {
  const { t } = useTranslation();
  if (data.status === 'loading')
    return (
      <p className="loading-line" role="status">
        {t('analysis.loading')}
      </p>
    );
  if (data.status === 'error') {
    return (
      <div className="alert" role="alert">
        <p>{t('analysis.error', { detail: data.detail })}</p>
        <button type="button" className="button small" onClick={onRetry}>
          {t('analysis.retry')}
        </button>
      </div>
    );
  }
  return null;
}
