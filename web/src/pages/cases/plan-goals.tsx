/** The trajectory and the goals per life domain of a case's plan: a table to read, rows to edit. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type GoalInput, type Plan, savePlan } from './api-plan.ts';
import { GOAL_STATUSES, LIFE_DOMAINS, TRAJECTORIES } from './plan-codes.ts';

interface Props {
  plan: Plan;
  caseId: string;
  csrf: string | null;
  mayEdit: boolean;
  onSaved(plan: Plan): void;
}

type GoalRow = GoalInput & { key: string };
let nextKey = 0;
const rowsOf = (plan: Plan): GoalRow[] =>
  plan.goals.map((g) => ({ key: g.id, id: g.id, domain: g.domain, text: g.text ?? '', status: g.status, targetDate: g.targetDate }));

export function PlanGoals({ plan, caseId, csrf, mayEdit, onSaved }: Props) {
  const { t } = useTranslation();
  if (!mayEdit) {
    return (
      <>
        <p>
          <strong>{t('cases.plan.trajectory')}:</strong>{' '}
          {plan.trajectory ? t(`cases.trajectory.${plan.trajectory}`) : t('cases.plan.noTrajectory')}
        </p>
        <h3>{t('cases.plan.goals')}</h3>
        {plan.goals.length === 0 ? <p>{t('cases.plan.noGoals')}</p> : <GoalsTable plan={plan} />}
      </>
    );
  }
  return <GoalsForm plan={plan} caseId={caseId} csrf={csrf} onSaved={onSaved} />;
}

function GoalsTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table plan-table">
        <thead>
          <tr>
            <th scope="col">{t('cases.plan.domain')}</th>
            <th scope="col">{t('cases.plan.goalText')}</th>
            <th scope="col">{t('cases.plan.goalStatus')}</th>
            <th scope="col">{t('cases.plan.targetDate')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.goals.map((g) => (
            <tr key={g.id}>
              <td>{t(`cases.plan.domains.${g.domain}`)}</td>
              <td>{g.text ?? '—'}</td>
              <td>
                <span className={`status-badge goal-${g.status}`}>{t(`cases.plan.goalStatuses.${g.status}`)}</span>
              </td>
              <td>{g.targetDate ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GoalsForm({ plan, caseId, csrf, onSaved }: Omit<Props, 'mayEdit'>) {
  const { t } = useTranslation();
  const [trajectory, setTrajectory] = useState<Plan['trajectory']>(plan.trajectory);
  const [rows, setRows] = useState<GoalRow[]>(() => rowsOf(plan));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const change = (key: string, patch: Partial<GoalRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => setRows((rs) => [...rs, { key: `new-${++nextKey}`, domain: 'safety', text: '', status: 'open', targetDate: null }]);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const goals = rows.map(({ key: _key, ...g }) => ({ ...g, targetDate: g.targetDate || null }));
    const next = await run(() => savePlan(caseId, { trajectory, goals }, csrf));
    if (next) {
      setRows(rowsOf(next));
      setSaved(true);
      onSaved(next);
    }
  }
  return (
    <form onSubmit={submit} className="plan-goals-form">
      <Field id="plan-trajectory" label={t('cases.plan.trajectory')}>
        <select value={trajectory ?? ''} onChange={(e) => setTrajectory((e.target.value || null) as Plan['trajectory'])}>
          <option value="">{t('cases.plan.noTrajectory')}</option>
          {TRAJECTORIES.map((tr) => (
            <option key={tr} value={tr}>
              {t(`cases.trajectory.${tr}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{t('cases.plan.goals')}</legend>
        <p className="hint">{t('cases.plan.goalsHint')}</p>
        {rows.length === 0 && <p>{t('cases.plan.noGoals')}</p>}
        {rows.map((r, k) => (
          <div className="plan-goal-row" key={r.key}>
            <Field id={`goal-${k}-domain`} label={t('cases.plan.domain')}>
              <select value={r.domain} onChange={(e) => change(r.key, { domain: e.target.value as GoalRow['domain'] })}>
                {LIFE_DOMAINS.map((d) => (
                  <option key={d} value={d}>
                    {t(`cases.plan.domains.${d}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`goal-${k}-text`} label={t('cases.plan.goalText')} className="plan-goal-text">
              <input value={r.text} required minLength={2} maxLength={1000} onChange={(e) => change(r.key, { text: e.target.value })} />
            </Field>
            <Field id={`goal-${k}-status`} label={t('cases.plan.goalStatus')}>
              <select value={r.status} onChange={(e) => change(r.key, { status: e.target.value as GoalRow['status'] })}>
                {GOAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`cases.plan.goalStatuses.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`goal-${k}-date`} label={t('cases.plan.targetDate')}>
              <input type="date" value={r.targetDate ?? ''} onChange={(e) => change(r.key, { targetDate: e.target.value || null })} />
            </Field>
            <button type="button" className="button" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
              {t('cases.plan.removeGoal')}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={add}>
          {t('cases.plan.addGoal')}
        </button>
      </fieldset>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('cases.plan.savePlan')}
        </button>
        {saved && (
          <span role="status" className="ok-text">
            {t('cases.plan.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
