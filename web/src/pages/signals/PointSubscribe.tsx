/**
 * "Meld mij nieuwe meldingen hier": after a tap on an empty spot of the public map, an e-mail
 * subscription to new public reports within a chosen radius of that spot, or in the whole buurt
 * the spot lies in (double opt-in, an unsubscribe link in every mail).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { locateBuurt, subscribeToBuurt, subscribeToPoint } from './api.ts';
import { SubscribeForm } from './SubscribeForm.tsx';
import type { LatLon } from './types.ts';

export const RADII = [250, 500, 1000] as const;
const WHOLE_BUURT = 'buurt';

export function PointSubscribe({ point, csrfToken, onClose }: { point: LatLon; csrfToken: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<string>('500');
  // The buurt is offered once it is known; a spot outside every buurt offers the radii only.
  const [located] = useAsync(() => locateBuurt(point), [point.lat, point.lon]);
  const buurt = located.status === 'ready' ? located.data.buurt : null;
  const subscribe = (email: string) =>
    range === WHOLE_BUURT && buurt
      ? subscribeToBuurt(buurt.code, email, csrfToken)
      : subscribeToPoint({ email, lat: point.lat, lon: point.lon, radius: Number(range) }, csrfToken);
  return (
    <div className="point-subscribe" data-testid="point-subscribe">
      <SubscribeForm
        key={`${point.lat},${point.lon}`}
        id="point-subscribe"
        title={t('signals.publicMap.pointTitle')}
        intro={t('signals.publicMap.pointIntro')}
        done={t('signals.publicMap.pointDone')}
        subscribe={subscribe}
      >
        <Field id="point-subscribe-radius" label={t('signals.publicMap.radius')}>
          <select value={range} onChange={(e) => setRange(e.target.value)}>
            {RADII.map((r) => (
              <option key={r} value={r}>
                {t('signals.publicMap.radiusOption', { metres: r })}
              </option>
            ))}
            {buurt && <option value={WHOLE_BUURT}>{t('signals.publicMap.wholeBuurt', { name: buurt.name })}</option>}
          </select>
        </Field>
      </SubscribeForm>
      <button type="button" className="button" onClick={onClose}>
        {t('signals.publicMap.close')}
      </button>
    </div>
  );
}
