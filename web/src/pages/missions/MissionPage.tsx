/** One mission (/opgaven/:id): facts and status, then tabs for evidence, goals, measures, participants, log, effect and the public summary. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getMission } from './api.ts';
import { EffectSection } from './EffectSection.tsx';
import { EvidenceSection } from './EvidenceSection.tsx';
import { GoalsSection } from './GoalsSection.tsx';
import { LogSection } from './LogSection.tsx';
import { MeasuresSection } from './MeasuresSection.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { MISSIONS_PATH } from './paths.ts';
import { PlanningForm } from './PlanningForm.tsx';
import { formatDay } from './progress-format.ts';
import { PublicSummarySection } from './PublicSummarySection.tsx';
import { scopeText } from './scope-text.ts';
import { StatusPanel } from './StatusPanel.tsx';
import type { MissionDetail } from './types.ts';
import { nameIndex, useBuurten, useCrimeTypes } from './use-reference.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  id: string;
  session: Session & { user: SessionUser };
  instance: Instance | null;
  onNavigate(path: string): void;
  /** A partner taking part: the read-only tabs the API opens to it (no evidence, effect or public summary work). */
  partner?: boolean;
}

const TABS = ['overview', 'evidence', 'goals', 'measures', 'participants', 'log', 'effect', 'public'] as const;
type Tab = (typeof TABS)[number];
const PARTNER_TABS: readonly Tab[] = ['overview', 'goals', 'measures', 'participants', 'log'];

function Overview({ m, names, crimeNames }: { m: MissionDetail; names: Map<string, string>; crimeNames: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel-card" aria-labelledby="overview-title">
      <h2 id="overview-title">{t('missions.fields.problemStatement')}</h2>
      <p className="problem">{m.problemStatement || t('missions.detail.noProblem')}</p>
      <dl className="facts">
        <dt>{t('missions.fields.scope')}</dt>
        <dd>{scopeText(m.scope, names, t, 10)}</dd>
        <dt>{t('missions.fields.crimeTypes')}</dt>
        <dd>{m.crimeTypes.length ? m.crimeTypes.map((c) => crimeNames.get(c) ?? c).join(', ') : t('missions.detail.allTypes')}</dd>
        <dt>{t('missions.fields.owner')}</dt>
        <dd>{m.owner?.displayName ?? '—'}</dd>
        <dt>{t('missions.fields.priority')}</dt>
        <dd>{t(`missions.priority.${m.priority}`)}</dd>
        <dt>{t('missions.fields.startDate')}</dt>
        <dd data-testid="start-date">{formatDay(m.startDate, i18n.language) || '—'}</dd>
        <dt>{t('missions.fields.nextReview')}</dt>
        <dd>
          {formatDay(m.nextReview, i18n.language) || '—'}
          {m.reviewOverdue && <span className="badge overdue">{t('missions.portfolio.overdue')}</span>}
        </dd>
      </dl>
    </section>
  );
}

export function MissionPage({ id, session, onNavigate, partner = false }: Props) {
  const { t } = useTranslation();
  const [state, reload, setMission] = useAsync(() => getMission(id), [id]);
  const [tab, setTab] = useState<Tab>('overview');
  const heading = useRef<HTMLHeadingElement>(null);
  const scopeYear = state.status === 'ready' && state.data.scope.kind === 'buurten' ? state.data.scope.year : null;
  const names = nameIndex(useBuurten(scopeYear));
  const crimeTypes = useCrimeTypes();
  const crimeNames = new Map((crimeTypes ?? []).map((c) => [c.code, c.title]));
  // biome-ignore lint/correctness/useExhaustiveDependencies(state.status): the page renders its heading once loaded; focus it on each change of status.
  useEffect(() => heading.current?.focus(), [state.status]);

  if (state.status === 'loading')
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <div className="page narrow">
        <p className="alert" role="alert">
          {state.detail}
        </p>
        <a {...navLink(MISSIONS_PATH, onNavigate)}>{t('missions.back')}</a>
      </div>
    );
  const m = state.data;
  const csrf = session.csrfToken;
  const count: Partial<Record<Tab, number>> = {
    evidence: m.evidence.length,
    goals: m.counts.goals,
    measures: m.counts.measures,
    participants: m.counts.participants,
    log: m.counts.logEntries,
  };
  return (
    <div className="page mission-page">
      <p>
        <a {...navLink(MISSIONS_PATH, onNavigate)}>← {t('missions.back')}</a>
      </p>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {m.title}
        </h1>
        <span className={`status-badge mission-status status-${m.status}`} data-testid="mission-status">
          {t(`missions.status.${m.status}`)}
        </span>
        {m.demo && <DemoLabel />}
      </div>
      <p className="muted">
        {m.number} · {scopeText(m.scope, names, t)}
      </p>
      <div className="tabs" role="tablist" aria-label={t('missions.detail.tabs')}>
        {(partner ? PARTNER_TABS : TABS).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            className="tab"
            aria-selected={tab === k}
            aria-controls={`panel-${k}`}
            onClick={() => setTab(k)}
          >
            {t(`missions.tab.${k}`)}
            {count[k] !== undefined ? ` (${count[k]})` : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'overview' && (
          <div className="detail-layout">
            <div className="detail-main">
              <Overview m={m} names={names} crimeNames={crimeNames} />
              {m.permissions.edit && <PlanningForm mission={m} csrfToken={csrf} onUpdated={setMission} />}
            </div>
            <aside className="detail-actions">
              <StatusPanel mission={m} csrfToken={csrf} onUpdated={setMission} />
            </aside>
          </div>
        )}
        {tab === 'evidence' && (
          <EvidenceSection
            missionId={m.id}
            evidence={m.evidence}
            disclosureNote={m.disclosure.note}
            crimeTypes={crimeTypes}
            csrfToken={csrf}
          />
        )}
        {tab === 'goals' && <GoalsSection missionId={m.id} canEdit={m.permissions.edit} csrfToken={csrf} onChanged={reload} />}
        {tab === 'measures' && <MeasuresSection missionId={m.id} canEdit={m.permissions.edit} csrfToken={csrf} onChanged={reload} />}
        {tab === 'participants' && <ParticipantsSection missionId={m.id} canEdit={m.permissions.edit} csrfToken={csrf} />}
        {tab === 'log' && <LogSection missionId={m.id} canAdd={m.permissions.addLog} csrfToken={csrf} />}
        {tab === 'effect' && <EffectSection mission={m} csrfToken={csrf} onUpdated={setMission} />}
        {tab === 'public' && <PublicSummarySection mission={m} csrfToken={csrf} onUpdated={setMission} onNavigate={onNavigate} />}
      </div>
    </div>
  );
}
