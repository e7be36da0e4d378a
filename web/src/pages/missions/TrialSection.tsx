/**
 * "Proef (trial)" of a behavioural measure: the design (form until registration), the allocation
 * with its seed, pre-registration, manual values and the analysis. Editors set it up; everyone
 * who reads the mission reads it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import './trial-i18n.ts';
import { getTrial, randomiseTrial, registerTrial, type Trial } from './trial-api.ts';
import { emptyTrialForm, periodLabel, trialFormFrom } from './trial-form.ts';
import { TrialAnalysisPanel } from './TrialAnalysisPanel.tsx';
import { TrialForm } from './TrialForm.tsx';
import { TrialValuesForm } from './TrialValuesForm.tsx';

interface Props {
  missionId: string;
  measureId: string;
  hypothesis: string | null;
  /** The measure has a trial: only then is it fetched (no request that answers 404). */
  hasTrial: boolean;
  canEdit: boolean;
  csrfToken: string | null;
}

/** The trial, or null when the measure has none (404, e.g. removed meanwhile). */
async function trialOrNull(missionId: string, measureId: string, hasTrial: boolean): Promise<Trial | null> {
  if (!hasTrial) return null;
  try {
    return await getTrial(missionId, measureId);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

const when = (iso: string | null, lng: string) =>
  iso ? new Date(iso).toLocaleString(lng === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }) : '';

function Allocation({ trial }: { trial: Trial }) {
  const { t, i18n } = useTranslation();
  if (!trial.allocation) return null;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="trial-allocation">
        <caption>
          {t('trial.allocation')} — {t('trial.seed')} <code data-testid="trial-seed">{trial.seed}</code>,{' '}
          {t('trial.randomisedAt', { at: when(trial.randomisedAt, i18n.language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('trial.unit')}</th>
            <th scope="col">{trial.design === 'randomised' ? t('trial.arm') : t('trial.step')}</th>
          </tr>
        </thead>
        <tbody>
          {trial.allocation.map((u) => (
            <tr key={u.code}>
              <th scope="row">{u.label}</th>
              <td>{u.arm ? t(`trial.arms.${u.arm}`) : u.step}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Summary({ trial }: { trial: Trial }) {
  const { t, i18n } = useTranslation();
  const i = trial.indicator;
  const what =
    i.source === 'manual'
      ? `${i.name} (${i.unit})`
      : (i.source === 'signals' ? i.categories : i.source === 'incidents' ? i.crimeTypes : i.feitCodes).join(', ');
  return (
    <dl className="facts trial-summary">
      <dt>{t('trial.design')}</dt>
      <dd>
        {t(`trial.designs.${trial.design}`)}
        {trial.steps ? ` — ${trial.steps} ${t('trial.steps').toLowerCase()}` : ''}
      </dd>
      <dt>{t('trial.hypothesis')}</dt>
      <dd>{trial.hypothesis}</dd>
      <dt>{t('trial.indicator')}</dt>
      <dd>
        {t(`trial.sources.${i.source}`)}: {what} ({t(`trial.directions.${trial.expectedDirection}`)})
      </dd>
      <dt>{t('trial.periods')}</dt>
      <dd>
        {trial.periods.map((p) => {
          const [key, opts] = periodLabel(p.key);
          return <span key={p.key} className="chip">{`${t(key, opts)}: ${p.from} – ${p.to}`}</span>;
        })}
      </dd>
      <dt>{t('trial.register')}</dt>
      <dd data-testid="trial-registered">
        {trial.registeredAt ? t('trial.registeredAt', { at: when(trial.registeredAt, i18n.language) }) : t('trial.notRegistered')}
      </dd>
    </dl>
  );
}

function DraftControls({
  trial,
  missionId,
  csrfToken,
  onChange,
}: {
  trial: Trial;
  missionId: string;
  csrfToken: string | null;
  onChange(t: Trial): void;
}) {
  const { t } = useTranslation();
  const [seed, setSeed] = useState('');
  const submit = useSubmit();
  const seedId = `trial-${trial.measureId}-seed`;
  const act = async (call: () => Promise<Trial>) => {
    const next = await submit.run(call);
    if (next) onChange(next);
  };
  return (
    <div className="trial-controls">
      <div className="field">
        <label htmlFor={seedId}>{t('trial.seed')}</label>
        <p className="hint" id={`${seedId}-hint`}>
          {t('trial.seedHint')}
        </p>
        <input
          id={seedId}
          type="text"
          inputMode="numeric"
          value={seed}
          aria-describedby={`${seedId}-hint`}
          onChange={(e) => setSeed(e.target.value)}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={submit.busy}
          onClick={() => act(() => randomiseTrial(missionId, trial.measureId, seed.trim() || null, csrfToken))}
        >
          {t('trial.randomise')}
        </button>
        {trial.allocation && (
          <button type="button" disabled={submit.busy} onClick={() => act(() => registerTrial(missionId, trial.measureId, csrfToken))}>
            {t('trial.register')}
          </button>
        )}
      </div>
      {trial.allocation && <p className="hint">{t('trial.registerHint')}</p>}
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
    </div>
  );
}

export function TrialSection({ missionId, measureId, hypothesis, hasTrial, canEdit, csrfToken }: Props) {
  const { t } = useTranslation();
  const [state, , set] = useAsync(() => trialOrNull(missionId, measureId, hasTrial), [missionId, measureId, hasTrial]);
  const [editing, setEditing] = useState(false);
  const [showAnalysis, setShowAnalysis] = useState(false);
  const headingId = `trial-${measureId}-title`;
  const trial = state.status === 'ready' ? state.data : null;
  const saved = (next: Trial) => {
    set(next);
    setEditing(false);
  };
  return (
    <section className="trial-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('trial.title')}</h4>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && !trial && !editing && (
        <>
          <p className="muted">{t('trial.none')}</p>
          {canEdit && (
            <>
              <p className="hint">{t('trial.intro')}</p>
              <button type="button" onClick={() => setEditing(true)}>
                {t('trial.setUp')}
              </button>
            </>
          )}
        </>
      )}
      {editing && (
        <TrialForm
          missionId={missionId}
          measureId={measureId}
          csrfToken={csrfToken}
          initial={trial ? trialFormFrom(trial) : emptyTrialForm(hypothesis)}
          onSaved={saved}
          onCancel={() => setEditing(false)}
        />
      )}
      {trial && !editing && (
        <>
          <Summary trial={trial} />
          <Allocation trial={trial} />
          {canEdit && !trial.registeredAt && (
            <>
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                {t('trial.edit')}
              </button>
              <DraftControls trial={trial} missionId={missionId} csrfToken={csrfToken} onChange={set} />
            </>
          )}
          {canEdit && trial.registeredAt && trial.indicator.source === 'manual' && (
            <TrialValuesForm missionId={missionId} trial={trial} csrfToken={csrfToken} onSaved={set} />
          )}
          {trial.registeredAt && (
            <>
              <button type="button" aria-expanded={showAnalysis} onClick={() => setShowAnalysis((s) => !s)}>
                {t('trial.showAnalysis')}
              </button>
              {showAnalysis && <TrialAnalysisPanel key={JSON.stringify(trial.measurements)} missionId={missionId} measureId={measureId} />}
            </>
          )}
        </>
      )}
    </section>
  );
}
