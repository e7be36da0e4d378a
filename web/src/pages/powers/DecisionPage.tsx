/**
 * One decision: its header, the Awb procedure, the deadlines, the steps the API allows, the timeline,
 * facts and documents, the published text and the measures part's panels (effect, camera evaluation).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { areaName, getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { getDecision } from './api.ts';
import { StateBadge } from './badges.tsx';
import { CameraEvaluationPanel } from './CameraEvaluationPanel.tsx';
import { DeadlinesPanel } from './DeadlinesPanel.tsx';
import { EditDecision } from './EditDecision.tsx';
import { EffectPanel } from './EffectPanel.tsx';
import type { PowersPageProps } from './page-props.ts';
import { POWERS_PATH } from './paths.ts';
import { periodText } from './procedure.ts';
import { ProcedureStepper } from './ProcedureStepper.tsx';
import { StepForms } from './StepForms.tsx';
import { Timeline } from './Timeline.tsx';
import type { DecisionView } from './types.ts';
import './powers.css';

export function DecisionPage({ id, caps, csrf, onNavigate }: PowersPageProps & { id: string }) {
  const { t } = useTranslation();
  const [state, reload, set] = useAsync(() => getDecision(id), [id]);
  const [editing, setEditing] = useState(false);
  const back = (
    <p>
      <a {...navLink(POWERS_PATH, onNavigate)}>{t('powers.register.backToList')}</a>
    </p>
  );
  if (state.status !== 'ready') {
    return (
      <div className="page">
        {back}
        {state.status === 'error' ? <p role="alert">{state.detail}</p> : <p role="status">{t('powers.register.loading')}</p>}
      </div>
    );
  }
  const d = state.data;
  return (
    <div className="page">
      {back}
      <DecisionHead decision={d} />
      <div className="detail-layout pw-layout">
        <div>
          <ProcedureStepper decision={d} />
          <DeadlinesPanel deadlines={d.deadlines} />
          <Timeline transitions={d.transitions} />
          <DecisionContent decision={d} />
          <EffectPanel decisionId={d.id} measureKind={d.measureKind} />
          <CameraEvaluationPanel decisionId={d.id} measureKind={d.measureKind} csrf={csrf} editable={caps.editPowers} />
        </div>
        {caps.editPowers && (
          <div className="detail-actions">
            <StepForms decision={d} csrf={csrf} onChanged={set} />
            {editing ? (
              <EditDecision
                decision={d}
                csrf={csrf}
                offerCases={caps.participateInCases}
                onSaved={(saved) => {
                  set(saved);
                  setEditing(false);
                }}
                onCancel={() => setEditing(false)}
                onReload={() => {
                  setEditing(false);
                  reload();
                }}
              />
            ) : (
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t('powers.register.edit.open')}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function DecisionHead({ decision: d }: { decision: DecisionView }) {
  return (
    <div className="page-head">
      <div>
        <h1 tabIndex={-1}>
          {d.number} · {d.title}
          {d.demo && <DemoLabel />}
        </h1>
        <p className="muted">
          {d.baseLabel} — {d.article}
        </p>
      </div>
      <StateBadge state={d.state} />
    </div>
  );
}

function DecisionContent({ decision: d }: { decision: DecisionView }) {
  const { t } = useTranslation();
  const [areas] = useAsync(d.areaCodes.length ? () => getAreaChoices() : null, [d.areaCodes.length]);
  const areaList = areas.status === 'ready' ? areas.data : null;
  return (
    <section aria-labelledby="pw-content-title">
      <h2 id="pw-content-title">{t('powers.register.decision.content')}</h2>
      {d.summary && <p className="pw-summary">{d.summary}</p>}
      <dl className="pw-facts-list">
        <dt>{t('powers.register.form.place')}</dt>
        <dd>{[d.addressLabel, ...d.areaCodes.map((c) => areaName(areaList, c))].filter(Boolean).join(', ') || '—'}</dd>
        <dt>{t('powers.register.form.period')}</dt>
        <dd>
          {periodText(d.measure.start, d.measure.end, t('powers.register.openEnded'))}
          {d.measure.liftedOn && ` · ${t('powers.register.decision.liftedOn', { date: d.measure.liftedOn })}`}
          {d.measure.active && ` · ${t('powers.register.list.activeNow')}`}
        </dd>
        {d.linkedToCase && (
          <>
            <dt>{t('powers.register.form.case')}</dt>
            <dd>{t('powers.register.decision.linkedToCase')}</dd>
          </>
        )}
        {d.owner && (
          <>
            <dt>{t('powers.register.decision.owner')}</dt>
            <dd>{d.owner.name}</dd>
          </>
        )}
      </dl>
      <h3>{t('powers.register.decision.facts')}</h3>
      {d.facts.length === 0 ? (
        <p>{t('powers.register.decision.noFacts')}</p>
      ) : (
        <ul>
          {d.facts.map((f) => (
            <li key={`${f.kind}-${f.reference}`}>
              {t(`powers.register.factKinds.${f.kind}`)} {f.reference}
              {f.note && ` — ${f.note}`}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('powers.register.form.documents')}</h3>
      {d.documents.length === 0 ? (
        <p>{t('powers.register.decision.noDocuments')}</p>
      ) : (
        <ul>
          {d.documents.map((doc) => (
            <li key={`${doc.title}-${doc.reference}`}>
              {doc.title} — {doc.reference}
              {doc.date && ` (${doc.date})`}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('powers.register.decision.publicText')}</h3>
      {d.publicText ? (
        <>
          <p className="pw-public">{d.publicText}</p>
          {d.publishedOn && <p className="hint">{t('powers.register.decision.publishedOn', { date: d.publishedOn })}</p>}
        </>
      ) : (
        <p>{t('powers.register.decision.notPublished')}</p>
      )}
    </section>
  );
}
