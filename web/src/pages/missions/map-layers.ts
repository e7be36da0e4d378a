/** MapLibre sources and layers of the opgaven maps: mission scopes coloured by KPI status, picked buurten. Pure. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const MISSIONS_SOURCE = 'mission-scopes';
export const MISSIONS_FILL = 'mission-scopes-fill';
export const MISSIONS_LINE = 'mission-scopes-line';

/** KPI status colours (contrast ≥ 3:1 on the map background); `none` = a mission without goals. */
export const KPI_COLOURS = {
  behind: '#a4161a',
  'no-data': '#5f6b76',
  suppressed: '#8d8d8d',
  'on-track': '#2e7d32',
  achieved: '#1b5e20',
  none: '#0b4f6c',
} as const;

export function kpiColourExpression(): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['get', 'kpiStatus'], 'none'],
    'behind',
    KPI_COLOURS.behind,
    'no-data',
    KPI_COLOURS['no-data'],
    'suppressed',
    KPI_COLOURS.suppressed,
    'on-track',
    KPI_COLOURS['on-track'],
    'achieved',
    KPI_COLOURS.achieved,
    KPI_COLOURS.none,
  ] as ExpressionSpecification;
}

export function missionLayers(): LayerSpecification[] {
  return [
    { id: MISSIONS_FILL, type: 'fill', source: MISSIONS_SOURCE, paint: { 'fill-color': kpiColourExpression(), 'fill-opacity': 0.45 } },
    { id: MISSIONS_LINE, type: 'line', source: MISSIONS_SOURCE, paint: { 'line-color': kpiColourExpression(), 'line-width': 2.5 } },
  ];
}
