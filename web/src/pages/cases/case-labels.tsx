/** The status badge of a case. */
import { useTranslation } from 'react-i18next';

export function CaseStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status-badge case-status-${status}`}>{t(`cases.status.${status}`)}</span>;
}
