/** MapLibre sources and layers of the Netwerk maps: wijken by number of entries, the area's outline, the rows' points and areas. Pure. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const WIJKEN_SOURCE = 'network-wijken';
export const WIJKEN_FILL = 'network-wijken-fill';
export const OUTLINE_SOURCE = 'network-outline';
export const ROWS_SOURCE = 'network-rows';

/** Light to dark blue by the number of entries (contrast of the line ≥ 3:1 on the background). */
const countColour: ExpressionSpecification = ['step', ['get', 'total'], '#e3eef6', 1, '#9cc3de', 5, '#4f8fbf', 15, '#1f5f86'];

export function overviewLayers(): LayerSpecification[] {
  return [
    { id: WIJKEN_FILL, type: 'fill', source: WIJKEN_SOURCE, paint: { 'fill-color': countColour, 'fill-opacity': 0.7 } },
    { id: 'network-wijken-line', type: 'line', source: WIJKEN_SOURCE, paint: { 'line-color': '#122c3d', 'line-width': 1.5 } },
  ];
}

export function areaLayers(): LayerSpecification[] {
  return [
    { id: 'network-outline-line', type: 'line', source: OUTLINE_SOURCE, paint: { 'line-color': '#b4530b', 'line-width': 3 } },
    {
      id: 'network-rows-fill',
      type: 'fill',
      source: ROWS_SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'fill-color': '#6a1b9a', 'fill-opacity': 0.35 },
    },
    {
      id: 'network-rows-point',
      type: 'circle',
      source: ROWS_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 7, 'circle-color': '#6a1b9a', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
  ];
}
