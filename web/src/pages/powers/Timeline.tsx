/** The steps a decision took: which step, when it took effect, who recorded it and why. */
import { useTranslation } from 'react-i18next';
import type { TransitionView } from './types.ts';

export function Timeline({ transitions }: { transitions: readonly TransitionView[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pw-timeline-title">
      <h2 id="pw-timeline-title">{t('powers.register.decision.timeline')}</h2>
      {transitions.length === 0 ? (
        <p>{t('powers.register.decision.noSteps')}</p>
      ) : (
        <ol className="timeline" aria-labelledby="pw-timeline-title">
          {transitions.map((s) => (
            <li key={s.id}>
              <strong>{t(`powers.register.actions.${s.action}`, { defaultValue: s.action })}</strong>{' '}
              <span className="muted small">
                {t(`powers.register.states.${s.fromState}`)} → {t(`powers.register.states.${s.toState}`)}
              </span>
              <br />
              <time dateTime={s.effectiveOn}>{s.effectiveOn}</time>
              {s.actor && <span> · {t('powers.register.decision.by', { name: s.actor.name })}</span>}
              {s.reason && <p>{s.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
