/**
 * The "demo" label: shown beside every row, figure or page part that is (or includes) demo
 * content, so nobody takes example data for real registrations. One look everywhere.
 */
import { useTranslation } from 'react-i18next';

export function DemoLabel({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge demo${className ? ` ${className}` : ''}`} title={t('demo.title')}>
      {t('demo.label')}
    </span>
  );
}
