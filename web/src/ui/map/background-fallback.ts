/**
 * Watches the PDOK background of one map. When its tiles cannot be reached (an offline
 * installation, a firewall) before any tile has loaded, the raster layer is hidden, the buurt
 * polygons are drawn as on the plain map, and one small notice says so (aria-live, dismissable).
 * Remembered for the visit (sessionStorage, so a reload does not try again): the next map leaves
 * the background out at once, and a dismissed notice stays away. Errors of the background are not passed on to the console (no error storm).
 */
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { BACKGROUND_LAYER, BUURT_FILL_LAYER, buurtFillPaint } from './area-style.ts';
import './map-notice.css';

/** No background tile within this time after the map loaded counts as unreachable (packets dropped); long enough for a slow phone. */
const TILE_TIMEOUT_MS = 15_000;

const UNREACHABLE_KEY = 'stadsveilig.background-unreachable';

function remembered(): boolean {
  try {
    return window.sessionStorage.getItem(UNREACHABLE_KEY) === '1';
  } catch {
    return false; // storage unavailable (private mode): try the tiles again
  }
}

let unreachable = remembered();
let dismissed = false;

/** True once this visit found the background unreachable. */
export function backgroundUnreachable(): boolean {
  return unreachable;
}

export interface NoticeTexts {
  message: string;
  dismiss: string;
}

/** Adds the notice to the map's container: a polite live region, filled after it is in the page so it is announced. */
export function showBackgroundNotice(container: HTMLElement, texts: NoticeTexts): void {
  if (dismissed || container.querySelector('.map-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'map-notice';
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-live', 'polite');
  container.appendChild(notice);
  requestAnimationFrame(() => {
    const text = document.createElement('span');
    text.textContent = texts.message;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'map-notice-close';
    close.setAttribute('aria-label', texts.dismiss);
    close.textContent = '×';
    close.addEventListener('click', () => {
      dismissed = true;
      notice.remove();
    });
    notice.append(text, close);
  });
}

/**
 * Starts watching; returns the function that stops it. `onUnreachable` runs once, after the layer is
 * hidden. Errors of other sources go to the console as MapLibre's default handler would.
 */
export function watchBackground(map: MapLibreMap, onUnreachable: () => void): () => void {
  let loadedTile = false;
  let done = false;
  const fallBack = () => {
    if (done || loadedTile) return;
    done = true;
    unreachable = true;
    try {
      window.sessionStorage.setItem(UNREACHABLE_KEY, '1');
    } catch {
      // remembered in memory only
    }
    if (map.getLayer(BACKGROUND_LAYER)) map.setLayoutProperty(BACKGROUND_LAYER, 'visibility', 'none');
    if (map.getLayer(BUURT_FILL_LAYER)) map.setPaintProperty(BUURT_FILL_LAYER, 'fill-opacity', buurtFillPaint(false)['fill-opacity']);
    onUnreachable();
  };
  const onError = (event: ErrorEvent & { sourceId?: string }) => {
    if (event.sourceId === BACKGROUND_LAYER) fallBack();
    else console.error(event.error);
  };
  const onData = (event: MapSourceDataEvent) => {
    if (event.sourceId === BACKGROUND_LAYER && event.tile) loadedTile = true;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onLoad = () => {
    timer = setTimeout(fallBack, TILE_TIMEOUT_MS);
  };
  map.on('error', onError);
  map.on('sourcedata', onData);
  map.once('load', onLoad);
  return () => {
    clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onData);
    map.off('load', onLoad);
  };
}
