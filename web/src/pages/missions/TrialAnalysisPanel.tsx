/** The analysis of a registered trial: estimate, 95% interval, randomisation p-value, units and the method text. */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getTrialAnalysis, type TrialAnalysis } from './trial-api.ts';
import { periodLabel } from './trial-form.ts';

const fmt = (x: number | null | undefined, lng: string, digits = 2) =>
  x === null || x === undefined ? '—' : x.toLocaleString(lng === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits });

function Figures({ a }: { a: TrialAnalysis }) {
  const { t, i18n } = useTranslation();
  const l = i18n.language;
  return (
    <dl className="facts trial-figures">
      <dt>{t('trial.estimate')}</dt>
      <dd data-testid="trial-estimate">
        {fmt(a.estimate, l)} {a.valueUnit}
        {a.inExpectedDirection !== null && ` (${t(`trial.expected.${a.inExpectedDirection ? 'yes' : 'no'}`)})`}
      </dd>
      {a.inferencePossible ? (
        <>
          {a.ci && (
            <>
              <dt>{t('trial.ci')}</dt>
              <dd data-testid="trial-ci">
                {fmt(a.ci.lower, l)} … {fmt(a.ci.upper, l)}
              </dd>
            </>
          )}
          <dt>{t('trial.pValue')}</dt>
          <dd data-testid="trial-p">
            {fmt(a.pValue, l, 3)} ({t(a.pMethod === 'exact' ? 'trial.pExact' : 'trial.pMonteCarlo', { n: a.allocationsCompared })})
          </dd>
        </>
      ) : (
        <>
          <dt>{t('trial.pValue')}</dt>
          <dd>{t('trial.noInference')}</dd>
        </>
      )}
    </dl>
  );
}

function UnitTable({ a }: { a: TrialAnalysis }) {
  const { t, i18n } = useTranslation();
  const keys = a.units[0] ? Object.keys(a.units[0].values) : [];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('trial.units')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trial.unit')}</th>
            <th scope="col">{a.design === 'randomised' ? t('trial.arm') : t('trial.step')}</th>
            {keys.map((k) => {
              const [key, opts] = periodLabel(k);
              return (
                <th key={k} scope="col">
                  {t(key, opts)}
                </th>
              );
            })}
            {a.design === 'randomised' && <th scope="col">{t('trial.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {a.units.map((u) => (
            <tr key={u.code}>
              <th scope="row">{u.label}</th>
              <td>{u.arm ? t(`trial.arms.${u.arm}`) : u.step}</td>
              {keys.map((k) => (
                <td key={k}>{fmt(u.values[k], i18n.language)}</td>
              ))}
              {a.design === 'randomised' && <td>{fmt(u.change, i18n.language)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TrialAnalysisPanel({ missionId, measureId }: { missionId: string; measureId: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getTrialAnalysis(missionId, measureId), [missionId, measureId]);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    );
  const a = state.data;
  return (
    <section className="trial-analysis" aria-label={t('trial.analysis')}>
      {!a.final && <p className="notice">{t('trial.interim')}</p>}
      <Figures a={a} />
      <UnitTable a={a} />
      <h5>{t('trial.method')}</h5>
      <div className="trial-method" data-testid="trial-method">
        {a.method.split('\n\n').map((p) => (
          <p key={p.slice(0, 40)}>{p}</p>
        ))}
      </div>
    </section>
  );
}
