/** MapLibre sources and layers for reports on top of the buurt map (marker, exact points, blurred areas). Pure. */
import type { LayerSpecification } from 'maplibre-gl';
import { metresToPixels } from './geo.ts';

export const MARKER_SOURCE = 'signal-marker';
export const POINTS_SOURCE = 'signal-points';
export const MARKER_LAYER = 'signal-marker';
export const POINTS_LAYER = 'signal-points';
export const AREAS_LAYER = 'signal-areas';
/** Half the 250 m grid the API snaps sensitive reports to: drawn as a circle of that radius. */
export const BLUR_RADIUS_METRES = 125;

const LAT = 51.8;
const radius = (metres: number) =>
  [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    8,
    metresToPixels(metres, 8, LAT),
    20,
    metresToPixels(metres, 20, LAT),
  ] as unknown as number;

export function signalLayers(): LayerSpecification[] {
  return [
    {
      id: AREAS_LAYER,
      type: 'circle',
      source: POINTS_SOURCE,
      filter: ['==', ['get', 'blurred'], true],
      paint: {
        'circle-radius': radius(BLUR_RADIUS_METRES),
        'circle-color': '#7b3fa0',
        'circle-opacity': 0.22,
        'circle-stroke-color': '#5a2d76',
        'circle-stroke-width': 1.5,
        'circle-blur': 0.15,
      },
    },
    {
      id: POINTS_LAYER,
      type: 'circle',
      source: POINTS_SOURCE,
      filter: ['!=', ['get', 'blurred'], true],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 16, 8] as unknown as number,
        'circle-color': '#c2410c',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: MARKER_LAYER,
      type: 'circle',
      source: MARKER_SOURCE,
      paint: { 'circle-radius': 10, 'circle-color': '#0b4f6c', 'circle-stroke-color': '#ffbf47', 'circle-stroke-width': 4 },
    },
  ];
}
