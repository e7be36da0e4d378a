/**
 * MapLibre GL with its worker served from our own origin (CSP: script-src 'self', worker-src blob:/self).
 * MapLibre 6 finds its worker next to its own module; after bundling that guess is wrong, so the
 * worker file is emitted by Vite as an asset and its URL set explicitly.
 * Loaded on demand only (`loadMapLibre` in use-map-instance.ts): pages import its types, never its
 * values, so no page's first chunk carries MapLibre (test/web/bundle-split.test.ts).
 */
import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

export { Map as MapLibreMap, NavigationControl, AttributionControl } from 'maplibre-gl';
export type { MapGeoJSONFeature, MapLayerMouseEvent, GeoJSONSource } from 'maplibre-gl';
