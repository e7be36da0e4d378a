/**
 * The effect of a closure around its address (shown only for closures): the DiD incidence-rate
 * ratio with its interval, the WDD with displacement, the counts (null: suppressed), and the
 * server's method text and caveats — or "not enough data yet" with the reasons.
 */
import './measures.css';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { useAsync } from '../../ui/use-async.ts';
import { type ClosureEffect, getClosureEffect } from './measures-api.ts';

const num = (v: number | null | undefined, lang: string, digits = 2) =>
  v === null || v === undefined ? '—' : v.toLocaleString(lang, { maximumFractionDigits: digits });

function Figures({ e }: { e: ClosureEffect }) {
  const { t, i18n } = useTranslation();
  const l = i18n.language;
  const c = e.crime!;
  const rows: [string, { before: number | null; after: number | null }][] = [
    [t('powers.effect.target', { metres: e.radiusMetres }), c.counts.target],
    [t('powers.effect.ring', { metres: e.ringMetres }), c.counts.ring],
    [t('powers.effect.comparison'), c.counts.comparison],
  ];
  return (
    <>
      {c.did && (
        <p data-testid="effect-irr">
          <strong>IRR {num(c.did.irr, l)}</strong>{' '}
          {t('powers.effect.irrText', { low: num(c.did.ciLow, l), high: num(c.did.ciHigh, l), p: num(c.did.p, l, 3) })}
        </p>
      )}
      {c.wdd && (
        <p data-testid="effect-wdd">
          {t('powers.effect.wddText', { local: num(c.wdd.local, l, 1), displacement: num(c.wdd.displacement, l, 1) })}
        </p>
      )}
      <table ref={labelCells} className="inbox-table">
        <caption>
          {t('powers.effect.countsCaption', {
            before: `${c.periods.before.from} – ${c.periods.before.to}`,
            after: `${c.periods.after.from} – ${c.periods.after.to}`,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('powers.effect.area')}</th>
            <th scope="col">{t('powers.effect.before')}</th>
            <th scope="col">{t('powers.effect.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, v]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{v.before ?? t('powers.effect.suppressed')}</td>
              <td>{v.after ?? t('powers.effect.suppressed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function EffectPanel({ decisionId, measureKind }: { decisionId: string; measureKind: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(measureKind === 'closure' ? () => getClosureEffect(decisionId) : null, [decisionId, measureKind]);
  if (measureKind !== 'closure') return null;
  return (
    <section className="powers-panel panel-card" aria-labelledby="closure-effect-title" data-testid="closure-effect">
      <h3 id="closure-effect-title">{t('powers.effect.title')}</h3>
      {state.status === 'loading' && <p role="status">{t('powers.effect.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.detail}</p>}
      {state.status === 'ready' && state.data.status === 'not-enough-data' && (
        <>
          <p>{t('powers.effect.notEnough')}</p>
          <ul>
            {state.data.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {state.status === 'ready' && state.data.crime && state.data.status === 'ok' && <Figures e={state.data} />}
      {state.status === 'ready' && state.data.method && <p className="hint">{state.data.method}</p>}
      {state.status === 'ready' && state.data.caveats.length > 0 && (
        <ul className="hint">
          {state.data.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {state.status === 'ready' && state.data.disclosure.note && <p className="hint">{state.data.disclosure.note}</p>}
    </section>
  );
}
