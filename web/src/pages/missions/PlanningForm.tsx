/** Planning and prioritisation of a mission: start date (effects are measured from it), review, priority, impact and feasibility with rationale. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { patchMission } from './api.ts';
import { planningPatch, planningState, type PlanningState } from './planning.ts';
import { PRIORITIES, type MissionDetail } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  mission: MissionDetail;
  csrfToken: string | null;
  onUpdated(m: MissionDetail): void;
}

const SCORES = ['', '1', '2', '3', '4', '5'];

export function PlanningForm({ mission, csrfToken, onUpdated }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PlanningState>(() => planningState(mission));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const change = (patch: Partial<PlanningState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(false);
  };
  const patch = planningPatch(mission, form);

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!patch) return;
    const updated = await submit.run(() => patchMission(mission.id, { ...patch, version: mission.version }, csrfToken));
    if (updated) {
      onUpdated(updated);
      setForm(planningState(updated));
      setSaved(true);
    }
  }

  const score = (key: 'impactScore' | 'feasibilityScore') => (
    <select value={form[key]} onChange={(e) => change({ [key]: e.target.value })}>
      {SCORES.map((s) => (
        <option key={s} value={s}>
          {s || '—'}
        </option>
      ))}
    </select>
  );
  return (
    <form className="panel-card action-form planning-form" onSubmit={send} noValidate aria-labelledby="planning-title">
      <h2 id="planning-title">{t('missions.planning.title')}</h2>
      <div className="field-row">
        <Field id="mission-start" label={t('missions.fields.startDate')} hint={t('missions.planning.startHint')}>
          <input type="date" value={form.startDate} onChange={(e) => change({ startDate: e.target.value })} />
        </Field>
        <Field id="mission-next-review" label={t('missions.fields.nextReview')}>
          <input type="date" value={form.nextReview} onChange={(e) => change({ nextReview: e.target.value })} />
        </Field>
        <Field id="mission-priority-edit" label={t('missions.fields.priority')}>
          <select value={form.priority} onChange={(e) => change({ priority: e.target.value as PlanningState['priority'] })}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`missions.priority.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field id="mission-impact" label={t('missions.fields.impactScore')}>
          {score('impactScore')}
        </Field>
        <Field id="mission-impact-why" label={t('missions.fields.impactRationale')}>
          <textarea rows={2} value={form.impactRationale} onChange={(e) => change({ impactRationale: e.target.value })} />
        </Field>
      </div>
      <div className="field-row">
        <Field id="mission-feasibility" label={t('missions.fields.feasibilityScore')}>
          {score('feasibilityScore')}
        </Field>
        <Field id="mission-feasibility-why" label={t('missions.fields.feasibilityRationale')}>
          <textarea rows={2} value={form.feasibilityRationale} onChange={(e) => change({ feasibilityRationale: e.target.value })} />
        </Field>
      </div>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      {saved && (
        <p className="ok-text" role="status">
          {t('missions.planning.saved')}
        </p>
      )}
      <button type="submit" className="button primary" disabled={!patch || submit.busy}>
        {t('missions.planning.submit')}
      </button>
    </form>
  );
}
