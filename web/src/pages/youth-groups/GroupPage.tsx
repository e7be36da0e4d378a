/** One group: classification and history, a new assessment, hangplekken, counts per quarter, approach. */
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { ApproachSection } from './ApproachSection.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { AssessmentTimeline } from './AssessmentTimeline.tsx';
import { getGroup } from './api.ts';
import { ClassificationBadge, ReviewDueBadge } from './ClassificationBadge.tsx';
import { CountsTable } from './CountsTable.tsx';
import { HangplekkenSection } from './HangplekkenSection.tsx';
import { YOUTH_GROUPS_PATH } from './paths.ts';

interface Props {
  id: string;
  csrf: string | null;
  mapConfig: Instance['map'] | null;
  onNavigate(path: string): void;
  /** The caller works on PGA cases: the group page links to their cases that refer to this group. */
  mayOpenCases?: boolean;
}

/** Today as the server counts it (UTC), the latest date an assessment may have. */
const serverToday = () => new Date().toISOString().slice(0, 10);

export function GroupPage({ id, csrf, mapConfig, onNavigate, mayOpenCases = false }: Props) {
  const { t } = useTranslation();
  const [state, reload, set] = useAsync(() => getGroup(id), [id]);
  const back = (
    <p>
      <a {...navLink(YOUTH_GROUPS_PATH, onNavigate)}>{t('youthGroups.back')}</a>
    </p>
  );
  if (state.status === 'error')
    return (
      <div className="page">
        {back}
        <p role="alert">{state.detail}</p>
      </div>
    );
  if (state.status !== 'ready')
    return (
      <div className="page">
        <p role="status">{t('youthGroups.loading')}</p>
      </div>
    );
  const group = state.data;
  return (
    <div className="page">
      {back}
      <div className="page-head">
        <h1 tabIndex={-1}>
          {group.name}
          {group.demo && <DemoLabel />}
        </h1>
        <p>
          <ClassificationBadge value={group.classification} /> <ReviewDueBadge due={group.reviewDue} />
        </p>
      </div>
      <div className="yg-sections">
        <section aria-labelledby="yg-history">
          <h2 id="yg-history">{t('youthGroups.history')}</h2>
          <AssessmentTimeline assessments={group.assessments} />
          {group.canEdit && (
            <>
              <h3>{t('youthGroups.newAssessment')}</h3>
              <AssessmentForm groupId={group.id} csrf={csrf} today={serverToday()} onSaved={reload} />
            </>
          )}
        </section>
        <section aria-labelledby="yg-approach">
          <h2 id="yg-approach">{t('youthGroups.approach')}</h2>
          <ApproachSection
            group={group}
            csrf={csrf}
            onChanged={set}
            casesLink={mayOpenCases ? { href: `/casussen?youthGroup=${encodeURIComponent(group.id)}`, onNavigate } : undefined}
          />
        </section>
        <section aria-labelledby="yg-places">
          <h2 id="yg-places">{t('youthGroups.hangplekken')}</h2>
          <HangplekkenSection group={group} csrf={csrf} mapConfig={mapConfig} onChanged={set} />
        </section>
        <section aria-labelledby="yg-counts">
          <h2 id="yg-counts">{t('youthGroups.counts')}</h2>
          <CountsTable groupId={group.id} />
        </section>
      </div>
    </div>
  );
}
