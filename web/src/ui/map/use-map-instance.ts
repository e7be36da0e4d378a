/**
 * Creates the MapLibre map once per container and style; exposes it to browser tests on request.
 * MapLibre (~1 MB) is imported on demand, so a page's form is usable while the map loads; the
 * container shows "Kaart laden…" meanwhile. The PDOK background falls back to the own polygons
 * with a notice when its tiles cannot be reached (background-fallback.ts).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { buildMapStyle, wantsBackground } from './area-style.ts';
import { backgroundUnreachable, showBackgroundNotice, watchBackground } from './background-fallback.ts';
import type { MapLibreMap } from './maplibre.ts';
import { webglAvailable } from './webgl.ts';

declare global {
  interface Window {
    /** Set by browser tests (page.addInitScript) before the app loads; never by the app itself. */
    __STADSVEILIG_TEST__?: boolean;
    __stadsveiligMap?: MapLibreMap;
  }
}

export type MapState = { status: 'starting' } | { status: 'no-webgl' } | { status: 'ready'; map: MapLibreMap };

type MapLibreModule = typeof import('./maplibre.ts');
let mapLibre: Promise<MapLibreModule> | null = null;

/** MapLibre, fetched once per visit. */
export function loadMapLibre(): Promise<MapLibreModule> {
  mapLibre ??= import('./maplibre.ts');
  return mapLibre;
}

function createMap(lib: MapLibreModule, element: HTMLElement, config: Instance['map'] | null, preserveDrawingBuffer: boolean) {
  const map = new lib.MapLibreMap({
    container: element,
    style: buildMapStyle(config, backgroundUnreachable()),
    // The Netherlands as a whole: every page fits the map to its municipality's areas once they load.
    center: [5.29, 52.13],
    zoom: 7,
    maxZoom: 18,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: { compact: true },
    cooperativeGestures: false,
    ...(preserveDrawingBuffer ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

function loadingNotice(element: HTMLElement, text: string): HTMLElement {
  const notice = document.createElement('p');
  notice.className = 'map-loading';
  notice.setAttribute('role', 'status');
  notice.textContent = text;
  element.appendChild(notice);
  return notice;
}

/** `preserveDrawingBuffer`: keep the drawn frame so `map.getCanvas().toDataURL()` can export it as PNG (a little slower). */
export function useMapInstance(
  container: RefObject<HTMLDivElement | null>,
  config: Instance['map'] | null,
  preserveDrawingBuffer = false,
): MapState {
  const [state, setState] = useState<MapState>({ status: 'starting' });
  const { t } = useTranslation();
  const texts = useRef(t);
  texts.current = t;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    if (!webglAvailable()) {
      setState({ status: 'no-webgl' });
      return;
    }
    let live = true;
    let stop = () => {};
    const loading = loadingNotice(element, texts.current('map.loadingMap'));
    const notice = () =>
      showBackgroundNotice(element, { message: texts.current('map.backgroundUnreachable'), dismiss: texts.current('map.dismissNotice') });
    loadMapLibre().then(
      (lib) => {
        if (!live) return;
        const map = createMap(lib, element, config, preserveDrawingBuffer);
        const unwatch = wantsBackground(config) && !backgroundUnreachable() ? watchBackground(map, notice) : () => {};
        if (wantsBackground(config) && backgroundUnreachable()) notice();
        if (window.__STADSVEILIG_TEST__) window.__stadsveiligMap = map;
        map.once('load', () => {
          loading.remove();
          if (live) setState({ status: 'ready', map });
        });
        stop = () => {
          unwatch();
          if (window.__STADSVEILIG_TEST__ && window.__stadsveiligMap === map) delete window.__stadsveiligMap;
          map.remove();
        };
      },
      () => {
        // The map's code did not arrive (connection lost): the rest of the page keeps working.
        loading.textContent = texts.current('map.loadFailed');
      },
    );
    return () => {
      live = false;
      loading.remove();
      element.querySelector('.map-notice')?.remove();
      stop();
      setState({ status: 'starting' });
    };
  }, [container, config, preserveDrawingBuffer]);

  return state;
}
