/** The classification of a group as a coloured badge (text, not colour alone, carries the meaning). */
import { useTranslation } from 'react-i18next';
import type { Classification } from './types.ts';

export function ClassificationBadge({ value }: { value: Classification | null }) {
  const { t } = useTranslation();
  return <span className={`status-badge yg-class yg-${value ?? 'none'}`}>{t(`youthGroups.class.${value ?? 'none'}`)}</span>;
}

export function ReviewDueBadge({ due }: { due: boolean }) {
  const { t } = useTranslation();
  return due ? <span className="badge overdue">{t('youthGroups.reviewDue')}</span> : null;
}
