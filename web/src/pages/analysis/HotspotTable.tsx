/** The significant units as a table: the map's figures for keyboard and screen-reader users, with selection. */
import { useTranslation } from 'react-i18next';
import { Num } from './Num.tsx';
import type { HotspotFeature } from './types.ts';

interface Props {
  features: HotspotFeature[];
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  min: number;
}

export const unitName = (f: HotspotFeature, cellLabel: (id: string) => string) => f.properties.name ?? cellLabel(f.properties.id);

export function HotspotTable({ features, selected, onToggle, min }: Props) {
  const { t } = useTranslation();
  const rows = features
    .filter((f) => f.properties.class !== 'not-significant')
    .sort((a, b) => Math.abs(b.properties.z ?? 0) - Math.abs(a.properties.z ?? 0));
  const c = (k: string) => t(`analysis.hotspots.col.${k}`);
  return (
    <details className="table-alternative">
      <summary>{t('analysis.hotspots.tableSummary', { count: rows.length })}</summary>
      <div className="table-scroll tall">
        <table className="data-table compact" data-testid="hotspot-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.hotspots.selected')}</th>
              <th scope="col">{c('unit')}</th>
              <th scope="col" className="num">
                {c('count')}
              </th>
              <th scope="col" className="num">
                {c('z')}
              </th>
              <th scope="col" className="num">
                {c('q')}
              </th>
              <th scope="col">{c('class')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => {
              const name = unitName(f, (id) => t('analysis.hotspots.cell', { id }));
              return (
                <tr key={f.properties.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={name}
                      checked={selected.has(f.properties.id)}
                      onChange={() => onToggle(f.properties.id)}
                    />
                  </td>
                  <th scope="row">{name}</th>
                  <td className="num">
                    <Num value={f.properties.count} min={min} />
                  </td>
                  <td className="num">
                    <Num value={f.properties.z} digits={2} />
                  </td>
                  <td className="num">
                    <Num value={f.properties.q} kind="p" />
                  </td>
                  <td>{t(`analysis.hotspots.classes.${f.properties.class}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
