/** A small legend for the boundary lines (the map has no text labels). */
import { useTranslation } from 'react-i18next';
import { MAP_COLOURS } from '../../ui/map/area-style.ts';

export function MapLegend() {
  const { t } = useTranslation();
  const items = [
    { key: 'legendBuurt', colour: MAP_COLOURS.buurtLine, width: 1 },
    { key: 'legendWijk', colour: MAP_COLOURS.wijkLine, width: 3 },
    { key: 'legendSelected', colour: MAP_COLOURS.selectedLine, width: 3 },
  ];
  return (
    <ul className="map-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className="legend-swatch" aria-hidden="true" style={{ borderTop: `${item.width}px solid ${item.colour}` }} />
          {t(`map.${item.key}`)}
        </li>
      ))}
    </ul>
  );
}
