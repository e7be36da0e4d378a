/** Creates the MapLibre map once per container and style; exposes it to browser tests on request. */
import { useEffect, useState, type RefObject } from 'react';
import type { Instance } from '../../api/types.ts';
import { buildMapStyle } from './area-style.ts';
import { MapLibreMap, NavigationControl, webglAvailable } from './maplibre.ts';

declare global {
  interface Window {
    /** Set by browser tests (page.addInitScript) before the app loads; never by the app itself. */
    __STADSVEILIG_TEST__?: boolean;
    __stadsveiligMap?: MapLibreMap;
  }
}

export type MapState = { status: 'starting' } | { status: 'no-webgl' } | { status: 'ready'; map: MapLibreMap };

/** `preserveDrawingBuffer`: keep the drawn frame so `map.getCanvas().toDataURL()` can export it as PNG (a little slower). */
export function useMapInstance(
  container: RefObject<HTMLDivElement | null>,
  config: Instance['map'] | null,
  preserveDrawingBuffer = false,
): MapState {
  const [state, setState] = useState<MapState>({ status: 'starting' });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    if (!webglAvailable()) {
      setState({ status: 'no-webgl' });
      return;
    }
    const map = new MapLibreMap({
      container: element,
      style: buildMapStyle(config),
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
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    if (window.__STADSVEILIG_TEST__) window.__stadsveiligMap = map;
    let live = true;
    map.once('load', () => live && setState({ status: 'ready', map }));
    return () => {
      live = false;
      if (window.__stadsveiligMap === map) delete window.__stadsveiligMap;
      map.remove();
      setState({ status: 'starting' });
    };
  }, [container, config, preserveDrawingBuffer]);

  return state;
}
