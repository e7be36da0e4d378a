/** The mission's status: the steps, a change offered only as the API allows (a reason where needed), blocked steps with why. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { transitionMission } from './api.ts';
import { formatDay } from './progress-format.ts';
import { checkTransition, offeredTransitions, requiresReason, STATUS_STEPS, stepState, type TransitionProblem } from './transitions.ts';
import type { MissionDetail, MissionStatus } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  mission: MissionDetail;
  csrfToken: string | null;
  onUpdated(m: MissionDetail): void;
}

export function StatusPanel({ mission, csrfToken, onUpdated }: Props) {
  const { t, i18n } = useTranslation();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<TransitionProblem | null>(null);
  const submit = useSubmit();
  const offered = offeredTransitions(mission);
  const needsReason = requiresReason(offered, to);

  async function send(e: FormEvent) {
    e.preventDefault();
    const p = checkTransition(offered, to, reason);
    setProblem(p);
    if (p) return;
    const updated = await submit.run(() =>
      transitionMission(mission.id, { to: to as MissionStatus, ...(reason.trim() ? { reason: reason.trim() } : {}) }, csrfToken),
    );
    if (updated) {
      setTo('');
      setReason('');
      onUpdated(updated);
    }
  }

  return (
    <section className="panel-card" aria-labelledby="status-title">
      <h2 id="status-title">{t('missions.fields.status')}</h2>
      <ol className="steps mission-steps">
        {STATUS_STEPS.map((s) => {
          const state = stepState(mission.status, s);
          return (
            <li key={s} className={state === 'done' ? 'done' : undefined} aria-current={state === 'current' ? 'step' : undefined}>
              {t(`missions.status.${s}`)}
            </li>
          );
        })}
      </ol>
      {offered.possible.length > 0 && (
        <form className="action-form" onSubmit={send} noValidate>
          <Field
            id="mission-transition"
            label={t('missions.transition.to')}
            error={problem && problem !== 'reason-required' ? t(`missions.transition.problem.${problem}`) : null}
          >
            <select
              value={to}
              onChange={(e) => {
                setTo(e.target.value);
                setProblem(null);
              }}
            >
              <option value="">{t('missions.transition.choose')}</option>
              {offered.possible.map((o) => (
                <option key={o.to} value={o.to}>
                  {t(`missions.status.${o.to}`)}
                  {o.requiresReason ? ` ${t('missions.transition.needsReason')}` : ''}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="mission-transition-reason"
            label={needsReason ? t('missions.transition.reasonRequired') : t('missions.transition.reasonOptional')}
            error={problem === 'reason-required' ? t('missions.transition.problem.reason-required') : null}
          >
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          {submit.error && (
            <p className="alert" role="alert">
              {submit.error}
            </p>
          )}
          <button type="submit" className="button primary" disabled={submit.busy}>
            {t('missions.transition.submit')}
          </button>
        </form>
      )}
      {offered.blocked.length > 0 && (
        <ul className="blocked-list small" data-testid="blocked-transitions">
          {offered.blocked.map((o) => (
            <li key={o.to}>
              <strong>{t(`missions.status.${o.to}`)}</strong>: {t('missions.transition.blocked')} {o.blockedBy}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('missions.transition.history')}</summary>
        <ol className="timeline">
          {[...mission.statusHistory].reverse().map((h) => (
            <li key={`${h.at} ${h.from}→${h.to}`}>
              <time>{formatDay(h.at, i18n.language)}</time>{' '}
              <p>
                {h.from ? `${t(`missions.status.${h.from}`)} → ` : ''}
                {t(`missions.status.${h.to}`)}
                {h.reason ? `: ${h.reason}` : ''}
              </p>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
