/** GROUNDWORK placeholder: replaced by its part. */
import { useTranslation } from 'react-i18next';
import type { PowersPageProps } from './page-props.ts';

export function DeadlinesPage(_props: PowersPageProps) {
  const { t } = useTranslation();
  return <p>{t('powers.pending')}</p>;
}
