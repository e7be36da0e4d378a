/**
 * MapLibre GL with its worker served from our own origin (CSP: script-src 'self', worker-src blob:/self).
 * MapLibre 6 finds its worker next to its own module; after bundling that guess is wrong, so the
 * worker file is emitted by Vite as an asset and its URL set explicitly.
 */
import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/** WebGL is needed to draw the map; without it the page still offers the list of areas. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export { Map as MapLibreMap, NavigationControl, AttributionControl } from 'maplibre-gl';
export type { MapGeoJSONFeature, MapLayerMouseEvent, GeoJSONSource } from 'maplibre-gl';
