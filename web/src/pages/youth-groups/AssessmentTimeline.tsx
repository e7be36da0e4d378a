/** The classification over time: one entry per shortlist assessment, oldest first. */
import { useTranslation } from 'react-i18next';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import type { Assessment } from './types.ts';

export function AssessmentTimeline({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useTranslation();
  if (assessments.length === 0) return <p>{t('youthGroups.noAssessments')}</p>;
  return (
    <ol className="timeline yg-timeline" aria-label={t('youthGroups.history')}>
      {assessments.map((a) => (
        <li key={a.id}>
          <time dateTime={a.assessedOn}>{a.assessedOn}</time> <ClassificationBadge value={a.classification} />
          <p>
            {t('youthGroups.scoresLine', a.scores)}
            {a.assessor ? ` · ${t('youthGroups.assessedBy', { name: a.assessor.name })}` : ''}
          </p>
          {a.classification !== a.computed && (
            <p>{t('youthGroups.deviated', { computed: t(`youthGroups.class.${a.computed}`), reason: a.deviationReason ?? '' })}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
