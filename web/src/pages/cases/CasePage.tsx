/**
 * A case: header (reference, status, person), the person with the masked BSN ("toon"), care info,
 * household, members, partners, links, the status change, the plan, export and print and
 * the timeline. On 403 case-need-to-know it shows whom to ask and, for those who may, break-glass.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { type CaseView, getCase, getCriteria } from './api-cases.ts';
import { BreakGlassDialog } from './BreakGlassDialog.tsx';
import { CaseExportActions } from './CaseExportActions.tsx';
import { criterionNames, formatDate } from './case-format.ts';
import { CaseStatusBadge } from './case-labels.tsx';
import { PersonSection } from './case-person.tsx';
import { HouseholdSection, LinksSection, MembersSection } from './case-sections.tsx';
import { StatusForm } from './case-status-form.tsx';
import { TimelineSection } from './case-timeline.tsx';
import { PlanSection } from './PlanSection.tsx';
import type { CasesPageProps } from './page-props.ts';
import { CASES_PATH } from './paths.ts';
import './cases-case.css';

type Loaded = { view: CaseView } | { denied: string };

async function loadCase(id: string): Promise<Loaded> {
  try {
    return { view: await getCase(id) };
  } catch (e) {
    if (e instanceof ApiError && e.status === 403 && String(e.problem.type ?? '').includes('case-need-to-know'))
      return { denied: e.problem.detail ?? '' };
    throw e;
  }
}

export function CasePage({ id, caps, csrf, onNavigate }: CasesPageProps & { id: string }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const [state, reload] = useAsync(() => loadCase(id), [id, version]);
  const changed = () => setVersion((v) => v + 1);
  return (
    <section className="page case-page">
      <p>
        <a {...navLink(CASES_PATH, onNavigate)}>{t('cases.case.back')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.detail}</p>}
      {state.status === 'ready' && 'denied' in state.data && (
        <>
          <h1 tabIndex={-1}>{t('cases.case.notOpen')}</h1>
          <BreakGlassDialog caseId={id} detail={state.data.denied} mayBreakGlass={caps.breakGlass} csrf={csrf} onOpened={reload} />
        </>
      )}
      {state.status === 'ready' && 'view' in state.data && (
        <CaseContent view={state.data.view} csrf={csrf} version={version} onChanged={changed} mayReadYouthGroups={caps.youthGroups} />
      )}
    </section>
  );
}

function CaseContent({
  view,
  csrf,
  version,
  onChanged,
  mayReadYouthGroups,
}: {
  view: CaseView;
  csrf: string | null;
  version: number;
  onChanged(): void;
  mayReadYouthGroups: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [criteria] = useAsync(() => getCriteria(), []);
  const names = criterionNames(criteria.status === 'ready' ? criteria.data : [], i18n.language);
  const p = view.permissions;
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>
          {view.reference} · {view.person.name ?? '—'}
        </h1>
        <CaseStatusBadge status={view.status} />
      </div>
      {p.via === 'break-glass' && (
        <p role="status" className="hint">
          {t('cases.case.breakGlassUntil', { until: formatDate(p.until, i18n.language, true) })}
        </p>
      )}
      <div className="case-sections">
        <PersonSection view={view} csrf={csrf} onChanged={onChanged} />
        <section className="case-section" aria-labelledby="case-basis-h">
          <h2 id="case-basis-h">{t('cases.case.about')}</h2>
          <dl className="case-facts">
            <dt>{t('cases.case.criteria')}</dt>
            <dd>{view.criteria.map(names).join(', ')}</dd>
            <dt>{t('cases.case.legalBasis')}</dt>
            <dd>{view.legalBasis}</dd>
            <dt>{t('cases.case.trajectory')}</dt>
            <dd>{view.trajectory ? t(`cases.trajectory.${view.trajectory}`) : '—'}</dd>
            <dt>{t('cases.case.director')}</dt>
            <dd>{view.director?.name ?? '—'}</dd>
            <dt>{t('cases.list.openedAt')}</dt>
            <dd>{formatDate(view.openedAt, i18n.language)}</dd>
            {view.closedAt && (
              <>
                <dt>{t('cases.case.closedAt')}</dt>
                <dd>
                  {formatDate(view.closedAt, i18n.language)}
                  {view.closingReason && ` (${t(`cases.case.closing.${view.closingReason}`)})`}
                </dd>
              </>
            )}
          </dl>
        </section>
        {view.transitions.length > 0 && <StatusForm view={view} csrf={csrf} onChanged={onChanged} />}
        <HouseholdSection view={view} csrf={csrf} onChanged={onChanged} />
        <MembersSection view={view} csrf={csrf} onChanged={onChanged} />
        <LinksSection view={view} csrf={csrf} onChanged={onChanged} mayReadYouthGroups={mayReadYouthGroups} />
        <PlanSection caseId={view.id} csrf={csrf} mayEdit={p.edit} />
        <CaseExportActions caseId={view.id} csrf={csrf} mayExport={p.edit} mayDirect={p.direct} />
        <TimelineSection caseId={view.id} version={version} />
      </div>
    </>
  );
}
