/** Hotspots: options, the map with its legend, the selection with "maak hier een opgave van", the table, KDE and evaluation. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLibreMap } from '../../ui/map/maplibre.ts';
import { EvaluationPanel } from './EvaluationPanel.tsx';
import { ExportBar } from './ExportBar.tsx';
import { classLegend } from './hotspot-classes.ts';
import { FdrLimitNote } from './FdrLimitNote.tsx';
import { HotspotLegend } from './HotspotLegend.tsx';
import { KdeLegend } from './KdeLegend.tsx';
import { HotspotMap } from './HotspotMap.tsx';
import { HotspotOptions } from './HotspotOptions.tsx';
import { HotspotSelection } from './HotspotSelection.tsx';
import { HotspotTable } from './HotspotTable.tsx';
import { mapPng } from './map-png.ts';
import { MetaLine } from './MetaLine.tsx';
import { apiPath, option } from './state.ts';
import type { HotspotsReply, KdeReply } from './types.ts';
import { shown, useApi } from '../../ui/use-async.ts';
import type { ViewProps } from './view-props.ts';
import { ViewStatus } from './ViewStatus.tsx';

export function HotspotsView({ state, onChange, buurten, wijken, instance, csrfToken, onNavigate }: ViewProps) {
  const { t } = useTranslation();
  const path = apiPath(state);
  const [data, reload] = useApi<HotspotsReply>(path);
  const kdeOn = option(state, 'kde') === 'on';
  const kdePath = kdeOn ? apiPath({ view: 'hotspots', filters: state.filters, options: {} }, {}, 'kde') : null;
  const [kde] = useApi<KdeReply>(kdePath);
  const reply = shown(data);
  const [selection, setSelection] = useState<{ path: string; ids: Set<string> }>({ path, ids: new Set() });
  const ids = selection.path === path ? selection.ids : new Set<string>();
  const map = useRef<MapLibreMap | null>(null);
  const onMap = useCallback((m: MapLibreMap | null) => (map.current = m), []);

  const toggle = useCallback(
    (id: string) =>
      setSelection((s) => {
        const next = new Set(s.path === path ? s.ids : []);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return { path, ids: next };
      }),
    [path],
  );
  const selected = useMemo(() => (reply ? reply.features.filter((f) => ids.has(f.properties.id)) : []), [reply, ids]);
  const selectHot = () =>
    reply &&
    setSelection({
      path,
      ids: new Set(
        reply.features.filter((f) => f.properties.class === 'hot-99' || f.properties.class === 'HH').map((f) => f.properties.id),
      ),
    });

  const makePng = async () => {
    if (!map.current || !reply) throw new Error('no map');
    const legend = classLegend(reply.method, reply.features).map((i) => ({
      colour: i.colour,
      label: t(`analysis.hotspots.classes.${i.cls}`),
    }));
    const caption = `${t('analysis.views.hotspots')} · ${reply.meta.from} – ${reply.meta.to}${reply.meta.synthetic ? ` (${t('analysis.meta.synthetic')})` : ''}`;
    return mapPng(map.current.getCanvas(), caption, legend);
  };
  const kdeReply = kde.status === 'ready' ? kde.data : null;
  return (
    <>
      <HotspotOptions state={state} onChange={onChange} />
      <ViewStatus data={data} onRetry={reload} />
      {reply && (
        <>
          <MetaLine meta={reply.meta} />
          <ExportBar state={state} meta={reply.meta} makePng={makePng} />
          <div className="hotspot-layout">
            <HotspotMap
              config={instance?.map ?? null}
              buurten={buurten}
              wijken={wijken}
              reply={reply}
              kde={kdeOn ? kdeReply : null}
              selected={ids}
              onToggle={toggle}
              onMap={onMap}
            />
            <div className="hotspot-side">
              <HotspotLegend reply={reply} />
              <FdrLimitNote reply={reply} state={state} onChange={onChange} />
              {kdeOn && kdeReply && <KdeLegend reply={kdeReply} />}
              <HotspotSelection
                reply={reply}
                filters={state.filters}
                selected={selected}
                onSelectHot={selectHot}
                onClear={() => setSelection({ path, ids: new Set() })}
                onNavigate={onNavigate}
              />
            </div>
          </div>
          <HotspotTable features={reply.features} selected={ids} onToggle={toggle} min={reply.meta.minCellCount} />
          {selected.length > 0 && <EvaluationPanel reply={reply} filters={state.filters} selected={selected} csrfToken={csrfToken} />}
        </>
      )}
    </>
  );
}
