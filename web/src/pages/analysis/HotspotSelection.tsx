/** The chosen cells or buurten with their figures, and "maak hier een opgave van" (missions create URL). */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from './HotspotTable.tsx';
import { missionLink } from './mission-link.ts';
import { Num } from './Num.tsx';
import type { Filters } from './state.ts';
import type { HotspotFeature, HotspotsReply } from './types.ts';

interface Props {
  reply: HotspotsReply;
  filters: Filters;
  selected: HotspotFeature[];
  onSelectHot(): void;
  onClear(): void;
  onNavigate(path: string): void;
}

export function HotspotSelection({ reply, filters, selected, onSelectHot, onClear, onNavigate }: Props) {
  const { t } = useTranslation();
  const cell = (id: string) => t('analysis.hotspots.cell', { id });
  const unit = reply.unit === 'buurt' ? 'buurt' : 'grid';
  const title =
    selected.length === 1 || unit === 'buurt'
      ? t('analysis.hotspots.missionTitleBuurt', { name: selected.map((f) => unitName(f, cell)).join(', ') })
      : t('analysis.hotspots.missionTitleCells', { count: selected.length, size: reply.cellSize });
  const href = missionLink({ unit, cellSize: reply.cellSize, selected, filters, meta: reply.meta, title });
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!href || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(href);
  };
  const min = reply.meta.minCellCount;
  return (
    <div className="hotspot-selection panel-card" aria-live="polite">
      <h3>{t('analysis.hotspots.selected')}</h3>
      <p className="hint">{t('analysis.hotspots.selectHint')}</p>
      {selected.length === 0 ? (
        <p>{t('analysis.hotspots.selectedNone')}</p>
      ) : (
        <dl className="selected-units" data-testid="hotspot-selected">
          {selected.slice(0, 12).map((f) => (
            <div key={f.properties.id}>
              <dt>{unitName(f, cell)}</dt>
              <dd>
                {t('analysis.hotspots.col.count')}: <Num value={f.properties.count} min={min} /> · z{' '}
                <Num value={f.properties.z} digits={2} /> · q <Num value={f.properties.q} kind="p" />
                <br />
                {t(`analysis.hotspots.classes.${f.properties.class}`)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="button-row">
        <button type="button" className="button small" onClick={onSelectHot}>
          {t(reply.method === 'local-moran' ? 'analysis.hotspots.selectAllHH' : 'analysis.hotspots.selectAllHot')}
        </button>
        <button type="button" className="button ghost small" onClick={onClear} disabled={!selected.length}>
          {t('analysis.hotspots.clearSelection')}
        </button>
      </div>
      {href && (
        <a className="button primary" href={href} onClick={follow} data-testid="make-mission">
          {t('analysis.hotspots.makeMission')}
        </a>
      )}
    </div>
  );
}
