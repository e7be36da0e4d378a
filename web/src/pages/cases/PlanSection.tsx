/**
 * A case's plan on the case page: the trajectory, goals per life domain, interventions and — for a
 * nazorg trajectory — the milestones. Read-only when the caller may not change the case (break-glass),
 * or when the API says so. Every load and save is logged by the API (need-to-know).
 */
import './cases-plan.css';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getPlan } from './api-plan.ts';
import { PlanGoals } from './plan-goals.tsx';
import { PlanInterventions } from './plan-interventions.tsx';
import { PlanMilestones } from './plan-milestones.tsx';

export interface PlanSectionProps {
  caseId: string;
  csrf: string | null;
  /** The caller may change the case (director or member; not under break-glass). */
  mayEdit: boolean;
}

export function PlanSection({ caseId, csrf, mayEdit }: PlanSectionProps) {
  const { t, i18n } = useTranslation();
  const [state, reload, set] = useAsync(() => getPlan(caseId), [caseId]);
  if (state.status === 'loading') return <p role="status">{t('cases.loading')}</p>;
  if (state.status === 'error') return <p role="alert">{state.detail}</p>;
  const plan = state.data;
  const editable = mayEdit && plan.permissions.edit;
  return (
    <section className="case-plan" aria-labelledby="case-plan-title">
      <h2 id="case-plan-title">{t('cases.plan.title')}</h2>
      {plan.planSetAt && (
        <p className="cell-sub">{t('cases.plan.planSet', { date: new Date(plan.planSetAt).toLocaleDateString(i18n.language) })}</p>
      )}
      {!editable && <p className="hint">{t('cases.plan.readOnly')}</p>}
      <PlanGoals plan={plan} caseId={caseId} csrf={csrf} mayEdit={editable} onSaved={set} />
      <PlanInterventions plan={plan} caseId={caseId} csrf={csrf} mayEdit={editable} onChanged={reload} />
      {plan.trajectory === 'nazorg' ? <PlanMilestones plan={plan} caseId={caseId} csrf={csrf} mayEdit={editable} onSaved={set} /> : null}
    </section>
  );
}
