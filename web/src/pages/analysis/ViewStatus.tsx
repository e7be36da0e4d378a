/**
 * Loading and error lines of a view, with a retry button. While the server still loads its
 * incident data after a start (`analysis-loading`, 503 with Retry-After) it says so and asks again
 * by itself every few seconds.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Async } from '../../ui/use-async.ts';

const RETRY_LOADING_MS = 3000;

export function ViewStatus({ data, onRetry }: { data: Async<unknown>; onRetry(): void }) {
  const { t } = useTranslation();
  const serverLoading = data.status === 'error' && data.problemType === 'analysis-loading';
  useEffect(() => {
    if (!serverLoading) return;
    const timer = setTimeout(onRetry, RETRY_LOADING_MS);
    return () => clearTimeout(timer);
  }, [serverLoading, onRetry]);
  if (data.status === 'loading')
    return (
      <p className="loading-line" role="status">
        {t('analysis.loading')}
      </p>
    );
  if (serverLoading)
    return (
      <p className="loading-line" role="status">
        {t('analysis.serverLoading.text')}
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
