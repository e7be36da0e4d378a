/** The Awb procedure as steps: the current state highlighted, skipped steps dashed, ingetrokken apart. */
import { useTranslation } from 'react-i18next';
import { procedureSteps } from './procedure.ts';
import type { DecisionView } from './types.ts';

export function ProcedureStepper({ decision }: { decision: Pick<DecisionView, 'state' | 'transitions'> }) {
  const { t } = useTranslation();
  const steps = procedureSteps(decision);
  return (
    <section aria-labelledby="pw-procedure-title">
      <h2 id="pw-procedure-title">{t('powers.register.decision.procedure')}</h2>
      <ol className="steps pw-steps">
        {steps.map((s) => (
          <li
            key={s.state}
            className={s.status === 'done' ? 'done' : s.status === 'skipped' ? 'skipped' : undefined}
            aria-current={s.status === 'current' ? 'step' : undefined}
          >
            {t(`powers.register.states.${s.state}`)}
            {s.status === 'skipped' && <span className="visually-hidden"> ({t('powers.register.decision.skipped')})</span>}
          </li>
        ))}
      </ol>
      {decision.state === 'ingetrokken' && <p className="pw-withdrawn">{t('powers.register.decision.withdrawn')}</p>}
    </section>
  );
}
