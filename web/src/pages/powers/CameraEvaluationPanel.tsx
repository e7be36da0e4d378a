/**
 * The yearly evaluation of a camera area (art. 151c Gemeentewet; shown only for camera areas):
 * registered incidents per year inside the area and in the ring around it (the year before the
 * start as baseline; suppressed small numbers as "—"), the next evaluation due, the recorded
 * evaluations, and — for powers:edit — a form to record one.
 */
import './measures.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CameraEvaluation, type CameraEvaluationBody, getCameraEvaluation, recordCameraEvaluation } from './measures-api.ts';

interface Props {
  decisionId: string;
  measureKind: string;
  csrf: string | null;
  editable: boolean;
}

function YearsTable({ e }: { e: CameraEvaluation }) {
  const { t } = useTranslation();
  return (
    <table ref={labelCells} className="inbox-table" data-testid="camera-years">
      <caption>{t('powers.camera.yearsCaption', { metres: e.ringMetres })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('powers.camera.year')}</th>
          <th scope="col">{t('powers.camera.period')}</th>
          <th scope="col">{t('powers.camera.inside')}</th>
          <th scope="col">{t('powers.camera.around')}</th>
        </tr>
      </thead>
      <tbody>
        {e.years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year === 0 ? t('powers.camera.baseline') : t('powers.camera.yearN', { n: y.year })}</th>
            <td>
              {y.from} – {y.to}
              {y.partial ? ` ${t('powers.camera.partial')}` : ''}
            </td>
            <td>{y.inside ?? '—'}</td>
            <td>{y.around ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EvaluationForm({ e, csrf, onSaved }: { e: CameraEvaluation; csrf: string | null; onSaved(e: CameraEvaluation): void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  const done = new Set(e.evaluations.map((x) => x.year));
  const open = e.years.filter((y) => y.year > 0 && !done.has(y.year)).map((y) => y.year);
  const [body, setBody] = useState<CameraEvaluationBody>({
    year: open[0] ?? 1,
    evaluatedOn: new Date().toISOString().slice(0, 10),
    conclusion: '',
    outcome: 'continue',
  });
  if (open.length === 0) return null;
  return (
    <form
      className="action-form"
      onSubmit={async (ev) => {
        ev.preventDefault();
        const saved = await run(() => recordCameraEvaluation(e.decisionId, body, csrf));
        if (saved) onSaved(saved);
      }}
    >
      <h4>{t('powers.camera.record')}</h4>
      <Field id="camera-eval-year" label={t('powers.camera.year')}>
        <select value={body.year} onChange={(x) => setBody({ ...body, year: Number(x.target.value) })}>
          {open.map((y) => (
            <option key={y} value={y}>
              {t('powers.camera.yearN', { n: y })}
            </option>
          ))}
        </select>
      </Field>
      <Field id="camera-eval-date" label={t('powers.camera.evaluatedOn')}>
        <input type="date" required value={body.evaluatedOn} onChange={(x) => setBody({ ...body, evaluatedOn: x.target.value })} />
      </Field>
      <Field id="camera-eval-conclusion" label={t('powers.camera.conclusion')}>
        <textarea required maxLength={5000} value={body.conclusion} onChange={(x) => setBody({ ...body, conclusion: x.target.value })} />
      </Field>
      <Field id="camera-eval-outcome" label={t('powers.camera.outcome')}>
        <select value={body.outcome} onChange={(x) => setBody({ ...body, outcome: x.target.value as CameraEvaluationBody['outcome'] })}>
          {(['continue', 'adjust', 'stop'] as const).map((o) => (
            <option key={o} value={o}>
              {t(`powers.camera.outcomes.${o}`)}
            </option>
          ))}
        </select>
      </Field>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {t('powers.camera.save')}
      </button>
    </form>
  );
}

export function CameraEvaluationPanel({ decisionId, measureKind, csrf, editable }: Props) {
  const { t } = useTranslation();
  const [state, , set] = useAsync(measureKind === 'camera' ? () => getCameraEvaluation(decisionId) : null, [decisionId, measureKind]);
  if (measureKind !== 'camera') return null;
  const e = state.status === 'ready' ? state.data : null;
  return (
    <section className="powers-panel panel-card" aria-labelledby="camera-evaluation-title" data-testid="camera-evaluation">
      <h3 id="camera-evaluation-title">{t('powers.camera.title')}</h3>
      <p className="hint">{t('powers.camera.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('powers.camera.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.detail}</p>}
      {e && (
        <>
          {e.deadline && (
            <p data-testid="camera-deadline">
              <strong>{t(`powers.camera.deadline.${e.deadline.status}`, { due: e.deadline.due, label: e.deadline.label })}</strong> (
              {e.deadline.basis})
            </p>
          )}
          {e.reasons.map((r) => (
            <p key={r}>{r}</p>
          ))}
          <YearsTable e={e} />
          {e.disclosure.note && <p className="hint">{e.disclosure.note}</p>}
          <h4>{t('powers.camera.evaluations')}</h4>
          {e.evaluations.length === 0 ? (
            <p>{t('powers.camera.noEvaluations')}</p>
          ) : (
            <ul data-testid="camera-evaluations">
              {e.evaluations.map((x) => (
                <li key={x.id}>
                  {t('powers.camera.yearN', { n: x.year })} ({x.evaluatedOn}): <strong>{t(`powers.camera.outcomes.${x.outcome}`)}</strong> —{' '}
                  {x.conclusion}
                </li>
              ))}
            </ul>
          )}
          {editable && <EvaluationForm e={e} csrf={csrf} onSaved={set} />}
        </>
      )}
    </section>
  );
}
