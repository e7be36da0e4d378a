/** The state of a decision and the urgency of a deadline as badges. */
import { useTranslation } from 'react-i18next';
import { deadlineTone, TONE_CLASS } from './deadline-tone.ts';
import type { DeadlineView } from './types.ts';

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return <span className={`status-badge pw-state pw-state-${state}`}>{t(`powers.register.states.${state}`)}</span>;
}

/** Days left, or the tone's word ("verlopen", "termijn verstreken", …); nothing for a far deadline. */
export function DeadlineBadge({ deadline }: { deadline: Pick<DeadlineView, 'status' | 'daysLeft'> }) {
  const { t } = useTranslation();
  const tone = deadlineTone(deadline);
  const className = TONE_CLASS[tone];
  if (!className) return null;
  const text =
    tone === 'soon' ? t('powers.register.deadline.soon', { count: deadline.daysLeft ?? 0 }) : t(`powers.register.deadline.${tone}`);
  return <span className={className}>{text}</span>;
}

/** "due (in n days)" with its badge, as the list and the deadlines page show a deadline. */
export function DeadlineCell({ deadline }: { deadline: DeadlineView | null }) {
  const { t } = useTranslation();
  if (!deadline) return <>—</>;
  return (
    <>
      {t(`powers.register.deadlineKinds.${deadline.kind}`)}: <time dateTime={deadline.due}>{deadline.due}</time>{' '}
      <DeadlineBadge deadline={deadline} />
    </>
  );
}
