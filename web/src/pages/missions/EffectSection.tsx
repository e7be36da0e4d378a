/**
 * The effect of the mission (or one measure): DiD incidence-rate ratio with its interval, WDD with
 * displacement, the comparison areas (suggested, editable), and the server's method text and
 * caveats next to the figures — or, honestly, "not enough data yet" with the reasons.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getEffect, listMeasures } from './api.ts';
import { ComparisonEditor } from './ComparisonEditor.tsx';
import { formatIrr, formatSigned, readIrr, readWdd } from './effect-format.ts';
import { formatDay } from './progress-format.ts';
import type { Effect, MissionDetail } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

interface Props {
  mission: MissionDetail;
  csrfToken: string | null;
  onUpdated(m: MissionDetail): void;
}

function Figures({ e }: { e: Effect }) {
  const { t, i18n } = useTranslation();
  const c = e.crime!;
  const l = i18n.language;
  return (
    <div className="effect-figures">
      {c.did &&
        (() => {
          const f = formatIrr(c.did, l);
          return (
            <div className="panel-card figure" data-testid="effect-irr">
              <h3>{t('missions.effect.did')}</h3>
              <p className="big-number">IRR {f.irr}</p>
              <p>{t('missions.effect.irrText', { percent: f.percent, ci: f.ci, p: f.p })}</p>
              <p>
                <strong>{t(`missions.effect.irrReading.${readIrr(c.did)}`)}</strong>
              </p>
            </div>
          );
        })()}
      {c.wdd &&
        (() => {
          const w = readWdd(c.wdd);
          return (
            <div className="panel-card figure" data-testid="effect-wdd">
              <h3>{t('missions.effect.wdd')}</h3>
              <p className="big-number">WDD {formatSigned(c.wdd.total, l, 1)}</p>
              <p>
                {t('missions.effect.wddText', {
                  local: formatSigned(c.wdd.local, l, 1),
                  displacement: formatSigned(c.wdd.displacement, l, 1),
                })}
              </p>
              <p>
                <strong>{t(`missions.effect.displacement.${w.displacement}`)}</strong>{' '}
                {t(w.totalSignificant ? 'missions.effect.wddSignificant' : 'missions.effect.wddNotSignificant')}
              </p>
            </div>
          );
        })()}
    </div>
  );
}

function Counts({ e }: { e: Effect }) {
  const { t, i18n } = useTranslation();
  const c = e.crime!;
  const l = i18n.language;
  const rows = [
    ['target', c.counts.target],
    ['comparison', c.counts.comparison],
    ['ring', c.counts.ring],
    ['comparisonRing', c.counts.comparisonRing],
  ] as const;
  return (
    <table ref={labelCells} className="inbox-table counts-table">
      <caption>
        {t('missions.effect.counts', {
          before: `${formatDay(c.periods.before.from, l)} – ${formatDay(c.periods.before.to, l)}`,
          after: `${formatDay(c.periods.after.from, l)} – ${formatDay(c.periods.after.to, l)}`,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('missions.effect.area')}</th>
          <th scope="col">{t('missions.effect.before')}</th>
          <th scope="col">{t('missions.effect.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{t(`missions.effect.areaKind.${k}`)}</th>
            <td>{v.before ?? '—'}</td>
            <td>{v.after ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EffectSection({ mission, csrfToken, onUpdated }: Props) {
  const { t, i18n } = useTranslation();
  const [measureId, setMeasureId] = useState('');
  const [measures] = useAsync(() => listMeasures(mission.id), [mission.id]);
  const [state] = useAsync(() => getEffect(mission.id, measureId || null), [mission.id, measureId, mission.version]);
  return (
    <div className="effect">
      <label htmlFor="effect-subject">{t('missions.effect.subject')}</label>
      <select id="effect-subject" value={measureId} onChange={(e) => setMeasureId(e.target.value)}>
        <option value="">{t('missions.effect.wholeMission')}</option>
        {measures.status === 'ready' &&
          measures.data.measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
      </select>
      {state.status === 'loading' && <p role="status">{t('missions.effect.computing')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' &&
        (() => {
          const e = state.data;
          return (
            <>
              {e.status === 'not-enough-data' && (
                <div className="notice" data-testid="effect-not-enough">
                  <h3>{t('missions.effect.notEnough')}</h3>
                  <ul lang="nl">
                    {e.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </div>
              )}
              {e.crime && <Figures e={e} />}
              {e.method && (
                <div className="method-text" data-testid="effect-method">
                  <h3>{t('missions.effect.method')}</h3>
                  <p lang="nl">{e.method}</p>
                </div>
              )}
              {e.disclosure.note && (
                <p className="small muted disclosure-note" lang="nl">
                  {e.disclosure.note}
                </p>
              )}
              {e.caveats.length > 0 && (
                <div className="caveats">
                  <h3>{t('missions.effect.caveats')}</h3>
                  <ul lang="nl">
                    {e.caveats.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {e.crime && <Counts e={e} />}
              {e.crime && (
                <p>
                  {t(e.crime.comparison.suggested ? 'missions.effect.comparisonSuggested' : 'missions.effect.comparisonChosen')}{' '}
                  <strong data-testid="comparison-names">{e.crime.comparison.names.join(', ')}</strong>
                </p>
              )}
              {e.crime && mission.permissions.edit && !measureId && (
                <ComparisonEditor
                  key={e.crime.comparison.codes.join()}
                  mission={mission}
                  comparison={e.crime.comparison}
                  csrfToken={csrfToken}
                  onSaved={onUpdated}
                />
              )}
              {e.perception.length > 0 && (
                <div className="perception-effects">
                  <h3>{t('missions.effect.perception')}</h3>
                  <ul>
                    {e.perception.map((p) => (
                      <li key={p.goalId}>
                        <strong>{p.title}</strong>:{' '}
                        {p.difference !== null ? `${formatSigned(p.difference, i18n.language, 1)} ± ${p.margin ?? '?'}` : ''}{' '}
                        <span lang="nl">{p.method ?? p.reason}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          );
        })()}
    </div>
  );
}
