/** Goals (KPIs) with baseline, target, deadline and the server's computed progress; measurements for custom indicators. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { addMeasurement, listGoals } from './api.ts';
import { parseNumber } from './goal-form.ts';
import { GoalForm } from './GoalForm.tsx';
import { KpiBar } from './KpiBar.tsx';
import { formatDay, formatReading } from './progress-format.ts';
import type { Goal } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  canEdit: boolean;
  csrfToken: string | null;
  onChanged(): void;
}

function MeasurementForm({ goal, csrfToken, onSaved }: { goal: Goal; csrfToken: string | null; onSaved(g: Goal): void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({ measuredOn: '', value: '', source: '' });
  const submit = useSubmit();
  async function send(e: FormEvent) {
    e.preventDefault();
    const value = parseNumber(f.value);
    if (value === null || !f.measuredOn || f.source.trim().length < 2) return submit.setError(t('missions.goals.measurementIncomplete'));
    const g = await submit.run(() =>
      addMeasurement(goal.missionId, goal.id, { measuredOn: f.measuredOn, value, source: f.source.trim() }, csrfToken),
    );
    if (g) {
      setF({ measuredOn: '', value: '', source: '' });
      onSaved(g);
    }
  }
  const id = (k: string) => `m-${goal.id}-${k}`;
  return (
    <form className="inline-form small" onSubmit={send} noValidate aria-label={t('missions.goals.addMeasurement')}>
      <label htmlFor={id('on')}>{t('missions.goals.measuredOn')}</label>
      <input id={id('on')} type="date" value={f.measuredOn} onChange={(e) => setF({ ...f, measuredOn: e.target.value })} />
      <label htmlFor={id('value')}>{t('missions.goals.value')}</label>
      <input id={id('value')} type="text" inputMode="decimal" value={f.value} onChange={(e) => setF({ ...f, value: e.target.value })} />
      <label htmlFor={id('source')}>{t('missions.goals.source')}</label>
      <input id={id('source')} type="text" value={f.source} onChange={(e) => setF({ ...f, source: e.target.value })} />
      <button type="submit" className="button small" disabled={submit.busy}>
        {t('missions.goals.addMeasurement')}
      </button>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
    </form>
  );
}

function GoalCard({ goal, csrfToken, onSaved }: { goal: Goal; csrfToken: string | null; onSaved(g: Goal): void }) {
  const { t, i18n } = useTranslation();
  const l = i18n.language;
  return (
    <li className="panel-card goal-card" data-goal={goal.title}>
      <h3>{goal.title}</h3>
      <dl className="facts">
        <dt>{t('missions.goals.indicator')}</dt>
        <dd>
          {goal.indicatorLabel} ({t(`missions.goals.${goal.direction}`)})
        </dd>
        <dt>{t('missions.goals.baseline')}</dt>
        <dd>
          {formatReading(goal.baseline.reading?.value ?? goal.baseline.frozenValue, goal.baseline.reading?.margin, l)} (
          {formatDay(goal.baseline.from, l)} – {formatDay(goal.baseline.to, l)})
        </dd>
        <dt>{t('missions.goals.current')}</dt>
        <dd>
          {goal.current
            ? `${formatReading(goal.current.value, goal.current.margin, l)} (${formatDay(goal.current.from, l)} – ${formatDay(goal.current.to, l)}; ${goal.current.source})`
            : t('missions.progress.noData')}
        </dd>
        <dt>{t('missions.goals.target')}</dt>
        <dd>
          {formatReading(goal.target.value, null, l)} {t('missions.goals.by', { date: formatDay(goal.target.deadline, l) })}
        </dd>
      </dl>
      <KpiBar
        title={t('missions.goals.progress')}
        status={goal.progress.status}
        fraction={goal.progress.fraction}
        expectedFraction={goal.progress.expectedFraction}
        explanation={goal.progress.explanation}
      />
      <p className="small muted">{t('missions.goals.computed', { date: formatDay(goal.progress.asOf, l) })}</p>
      {goal.measurements.length > 0 && (
        <ul className="small">
          {goal.measurements.map((m) => (
            <li key={m.id}>
              {formatDay(m.measuredOn, l)}: {formatReading(m.value, null, l)} ({m.source})
            </li>
          ))}
        </ul>
      )}
      {goal.permissions.addMeasurement && <MeasurementForm goal={goal} csrfToken={csrfToken} onSaved={onSaved} />}
    </li>
  );
}

export function GoalsSection({ missionId, canEdit, csrfToken, onChanged }: Props) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => listGoals(missionId), [missionId]);
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <div className="goals">
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' &&
        (state.data.goals.length === 0 ? (
          <p className="muted">{t('missions.goals.none')}</p>
        ) : (
          <ul className="goal-list">
            {state.data.goals.map((g) => (
              <GoalCard key={g.id} goal={g} csrfToken={csrfToken} onSaved={changed} />
            ))}
          </ul>
        ))}
      {canEdit && <GoalForm missionId={missionId} csrfToken={csrfToken} onAdded={changed} />}
    </div>
  );
}
