/**
 * The offline map style: a plain background, optionally the PDOK BRT raster map, and our own
 * buurt and wijk polygons. No glyphs or sprites (no text labels), so nothing is fetched from
 * outside unless the installation asks for the PDOK background. Pure.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Instance } from '../../api/types.ts';

export const BUURT_SOURCE = 'buurten';
export const WIJK_SOURCE = 'wijken';
export const BUURT_FILL_LAYER = 'buurten-fill';
export const BUURT_LINE_LAYER = 'buurten-line';
export const BUURT_SELECTED_LAYER = 'buurten-selected';
export const WIJK_LINE_LAYER = 'wijken-line';
/** The PDOK BRT raster background (source and layer share the id). */
export const BACKGROUND_LAYER = 'brt';

/** Colours chosen for contrast ≥ 3:1 of boundaries against the background (WCAG 1.4.11). */
export const MAP_COLOURS = {
  background: '#f4f2ed',
  buurtFill: '#3d7ea6',
  waterFill: '#8fb8d8',
  hoverFill: '#1f5f86',
  selectedFill: '#e8871e',
  buurtLine: '#35637f',
  wijkLine: '#122c3d',
  selectedLine: '#b4530b',
} as const;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function buurtFillPaint(withBackground: boolean) {
  const base = withBackground ? 0.12 : 0.22;
  return {
    'fill-color': [
      'case',
      selected,
      MAP_COLOURS.selectedFill,
      hovered,
      MAP_COLOURS.hoverFill,
      ['boolean', ['get', 'isWater'], false],
      MAP_COLOURS.waterFill,
      MAP_COLOURS.buurtFill,
    ] as ExpressionSpecification,
    'fill-opacity': ['case', selected, 0.55, hovered, 0.45, base] as ExpressionSpecification,
  };
}

export function areaLayers(withBackground: boolean): LayerSpecification[] {
  return [
    { id: BUURT_FILL_LAYER, type: 'fill', source: BUURT_SOURCE, paint: buurtFillPaint(withBackground) },
    {
      id: BUURT_LINE_LAYER,
      type: 'line',
      source: BUURT_SOURCE,
      paint: { 'line-color': MAP_COLOURS.buurtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 15, 1.5] },
    },
    {
      id: WIJK_LINE_LAYER,
      type: 'line',
      source: WIJK_SOURCE,
      paint: { 'line-color': MAP_COLOURS.wijkLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 1.8, 15, 3.5] },
    },
    {
      id: BUURT_SELECTED_LAYER,
      type: 'line',
      source: BUURT_SOURCE,
      paint: { 'line-color': MAP_COLOURS.selectedLine, 'line-width': ['case', selected, 3.5, 0] },
    },
  ];
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/** Whether the style asks for the PDOK background: chosen by the installation and not known to be unreachable. */
export function wantsBackground(map: Instance['map'] | null | undefined, unreachable = false): boolean {
  return map?.background === 'pdok-brt' && !!map.backgroundTiles && !unreachable;
}

/**
 * The whole style for an installation; area data is set on the (empty) sources later.
 * `backgroundUnreachable`: tiles failed earlier in this visit, so the style leaves them out.
 */
export function buildMapStyle(map: Instance['map'] | null | undefined, backgroundUnreachable = false): StyleSpecification {
  const brt = wantsBackground(map, backgroundUnreachable);
  const style: StyleSpecification = {
    version: 8,
    sources: {
      [BUURT_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'code', attribution: map?.attribution ?? '' },
      [WIJK_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'code' },
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLOURS.background } }],
  };
  if (brt && map?.backgroundTiles) {
    style.sources[BACKGROUND_LAYER] = {
      type: 'raster',
      tiles: [map.backgroundTiles],
      tileSize: 256,
      maxzoom: 19,
      // Credited apart from the areas, so a map without its background (unreachable) does not credit PDOK.
      attribution: map.backgroundAttribution ?? '',
    };
    style.layers.push({
      id: BACKGROUND_LAYER,
      type: 'raster',
      source: BACKGROUND_LAYER,
      paint: { 'raster-saturation': -0.4 },
    });
  }
  style.layers.push(...areaLayers(brt));
  return style;
}
