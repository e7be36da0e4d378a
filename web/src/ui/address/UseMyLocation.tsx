/**
 * "Gebruik mijn locatie": the browser's geolocation (with a timeout), then the address and buurt at
 * that point from the server. Clear messages when the resident refuses, the browser cannot tell,
 * it takes too long, or the point lies outside the municipality; `onSelect` only for a point inside.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeOfReverse, reverseAddress, type ChosenPlace } from './api.ts';
import { errorText } from '../use-async.ts';
import './i18n.ts';
import './address.css';

export const LOCATE_TIMEOUT_MS = 10_000;

type State = { status: 'idle' } | { status: 'busy' } | { status: 'done'; text: string } | { status: 'failed'; text: string };

const REASON: Record<number, string> = { 1: 'address.locateDenied', 2: 'address.locateUnavailable', 3: 'address.locateTimeout' };

/** The browser's position as a promise (rejects with the GeolocationPositionError). */
function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: true, timeout: LOCATE_TIMEOUT_MS, maximumAge: 60_000 }),
  );
}

export function UseMyLocation({ onSelect }: { onSelect(place: ChosenPlace): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'idle' });

  async function locate() {
    if (!('geolocation' in navigator)) return setState({ status: 'failed', text: t('address.locateUnsupported') });
    setState({ status: 'busy' });
    let position: GeolocationPosition;
    try {
      position = await currentPosition();
    } catch (e) {
      const code = (e as { code?: number }).code ?? 2;
      return setState({ status: 'failed', text: t(REASON[code] ?? 'address.locateUnavailable') });
    }
    const lat = Math.round(position.coords.latitude * 1e6) / 1e6;
    const lon = Math.round(position.coords.longitude * 1e6) / 1e6;
    try {
      const place = placeOfReverse(lat, lon, await reverseAddress(lat, lon));
      if (!place.buurtCode) return setState({ status: 'failed', text: t('address.locateOutside') });
      setState({ status: 'done', text: t('address.locateFound', { place: place.label }) });
      onSelect(place);
    } catch (e) {
      setState({ status: 'failed', text: errorText(e) });
    }
  }

  return (
    <div className="use-my-location">
      <button type="button" className="button ghost" onClick={() => void locate()} disabled={state.status === 'busy'}>
        {state.status === 'busy' ? t('address.locating') : t('address.locate')}
      </button>
      <p className={state.status === 'failed' ? 'field-error' : 'hint'} role="status" aria-live="polite" data-testid="locate-status">
        {state.status === 'done' || state.status === 'failed' ? state.text : ''}
      </p>
    </div>
  );
}
