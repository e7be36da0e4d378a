/** A report's status as a coloured badge with its plain-language label (Dutch or English). */
import { useTranslation } from 'react-i18next';
import { isSignalStatus, statusKey, statusTone } from './status.ts';

export function StatusBadge({ status, fallback }: { status: string; fallback?: string }) {
  const { t } = useTranslation();
  const key = statusKey(status);
  const label = key ? t(key) : (fallback ?? status);
  const tone = isSignalStatus(status) ? statusTone(status) : 'active';
  return (
    <span className={`status-badge tone-${tone}`} data-status={status}>
      {label}
    </span>
  );
}
