/** The milestones of a nazorg trajectory (release date, ID, housing, income, care): a checklist with status and date. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { type Milestone, type Plan, saveMilestones } from './api-plan.ts';
import { MILESTONE_STATUSES } from './plan-codes.ts';

interface Props {
  plan: Plan;
  caseId: string;
  csrf: string | null;
  mayEdit: boolean;
  onSaved(plan: Plan): void;
}

export function PlanMilestones({ plan, caseId, csrf, mayEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Milestone[]>(plan.milestones);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const change = (kind: Milestone['kind'], patch: Partial<Milestone>) =>
    setRows((rs) => rs.map((r) => (r.kind === kind ? { ...r, ...patch } : r)));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const next = await run(() => saveMilestones(caseId, { milestones: rows.map((r) => ({ ...r, date: r.date || null })) }, csrf));
    if (next) {
      setSaved(true);
      onSaved(next);
    }
  }
  return (
    <form onSubmit={submit} className="plan-milestones">
      <fieldset>
        <legend>{t('cases.plan.milestones')}</legend>
        <p className="hint">{t('cases.plan.milestonesHint')}</p>
        <ul className="plan-checklist">
          {rows.map((m) => (
            <li key={m.kind} className={m.status === 'geregeld' || m.status === 'niet-nodig' ? 'is-done' : undefined}>
              <span className="plan-milestone-name">
                <span aria-hidden="true">{m.status === 'geregeld' || m.status === 'niet-nodig' ? '☑' : '☐'}</span>{' '}
                {t(`cases.plan.milestoneKinds.${m.kind}`)}
              </span>
              {mayEdit ? (
                <>
                  <label>
                    <span className="visually-hidden">{`${t(`cases.plan.milestoneKinds.${m.kind}`)}: ${t('cases.plan.goalStatus')}`}</span>
                    <select value={m.status} onChange={(e) => change(m.kind, { status: e.target.value as Milestone['status'] })}>
                      {MILESTONE_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`cases.plan.milestoneStatuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    <span className="visually-hidden">{`${t(`cases.plan.milestoneKinds.${m.kind}`)}: ${t('cases.plan.milestoneDate')}`}</span>
                    <input type="date" value={m.date ?? ''} onChange={(e) => change(m.kind, { date: e.target.value || null })} />
                  </label>
                </>
              ) : (
                <span>
                  {t(`cases.plan.milestoneStatuses.${m.status}`)}
                  {m.date ? ` · ${m.date}` : ''}
                </span>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {mayEdit && (
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('cases.plan.saveMilestones')}
          </button>
          {saved && (
            <span role="status" className="ok-text">
              {t('cases.plan.saved')}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
