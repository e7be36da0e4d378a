/**
 * Netwerk overview (/netwerk): a search for a wijk or buurt, and per wijk the number of entries in
 * each section the user may see (a partner account: only its wijken), with an optional map that
 * shows the same. Keyboard: the search and every wijk link are reachable with Tab.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { labelCells } from '../../ui/cell-labels.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getNetworkSummary } from './api.ts';
import { findArea, optionText, type PickableArea } from './area-search.ts';
import { NetworkMap } from './NetworkMap.tsx';
import { areaNetworkPath } from './paths.ts';
import type { NetworkSummary } from './types.ts';

interface Props {
  instance: Instance | null;
  partner: boolean;
  onNavigate(path: string): void;
}

function AreaPicker({ areas, onPick }: { areas: PickableArea[]; onPick(code: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = findArea(areas, text);
    setMissing(!found);
    if (found) onPick(found.code);
  };
  return (
    <form className="network-picker" onSubmit={submit}>
      <label htmlFor="network-area">{t('areaNetwork.overview.pickLabel')}</label>
      <p className="hint" id="network-area-hint">
        {t('areaNetwork.overview.pickHint')}
      </p>
      <div className="network-picker-row">
        <input
          id="network-area"
          list="network-area-options"
          value={text}
          autoComplete="off"
          aria-describedby="network-area-hint"
          aria-invalid={missing || undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <datalist id="network-area-options">
          {areas.map((a) => (
            <option key={a.code} value={optionText(a)} />
          ))}
        </datalist>
        <button type="submit">{t('areaNetwork.overview.pickButton')}</button>
      </div>
      {missing && (
        <p className="field-error" role="alert">
          {t('areaNetwork.overview.noMatch')}
        </p>
      )}
    </form>
  );
}

function CountsTable({ summary, onNavigate }: { summary: NetworkSummary; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  return (
    <table ref={labelCells} className="inbox-table network-table" data-testid="network-wijken">
      <caption>{t('areaNetwork.overview.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('areaNetwork.overview.wijk')}</th>
          {summary.sections.map((s) => (
            <th scope="col" key={s}>
              {t(`areaNetwork.sections.${s}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.wijken.map((w) => (
          <tr key={w.code}>
            <th scope="row">
              <a {...navLink(areaNetworkPath(w.code), onNavigate)}>{w.name}</a>
            </th>
            {summary.sections.map((s) => (
              <td key={s}>{w.counts[s] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OverviewPage({ instance, partner, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getNetworkSummary(), []);
  const areas = useAreaData();
  const [mapShown, setMapShown] = useState(false);
  const summary = state.status === 'ready' ? state.data : null;
  const mine = useMemo(() => new Set(summary?.wijken.map((w) => w.code) ?? []), [summary]);
  const pickable = useMemo<PickableArea[]>(() => {
    if (areas.data.status !== 'ready' || !summary) return [];
    const wijken = areas.data.wijken.filter((w) => mine.has(w.properties.code));
    const buurten = areas.data.buurten.filter((b) => b.properties.parentCode && mine.has(b.properties.parentCode));
    return [...wijken, ...buurten].map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      level: f.properties.level as 'wijk' | 'buurt',
    }));
  }, [areas.data, summary, mine]);
  const totals = useMemo(
    () => new Map(summary?.wijken.map((w) => [w.code, Object.values(w.counts).reduce<number>((s, n) => s + (n ?? 0), 0)]) ?? []),
    [summary],
  );
  const open = (code: string) => onNavigate(areaNetworkPath(code));

  return (
    <div className="page network-page">
      <h1 tabIndex={-1}>{t('areaNetwork.title')}</h1>
      <p className="lead">{partner ? t('areaNetwork.overview.partnerLead') : t('areaNetwork.overview.lead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {summary && (
        <>
          {pickable.length > 0 && <AreaPicker areas={pickable} onPick={open} />}
          {summary.sections.length === 0 && <p className="notice">{t('areaNetwork.overview.noSections')}</p>}
          {summary.wijken.length === 0 ? (
            <p className="notice">{t('areaNetwork.overview.noWijken')}</p>
          ) : (
            <CountsTable summary={summary} onNavigate={onNavigate} />
          )}
          <button type="button" className="secondary" aria-expanded={mapShown} onClick={() => setMapShown((v) => !v)}>
            {mapShown ? t('areaNetwork.overview.hideMap') : t('areaNetwork.overview.showMap')}
          </button>
          {mapShown && areas.data.status === 'ready' && (
            <NetworkMap
              kind="overview"
              config={instance?.map ?? null}
              wijken={areas.data.wijken.filter((w) => mine.has(w.properties.code))}
              totals={totals}
              onOpen={open}
            />
          )}
        </>
      )}
    </div>
  );
}
