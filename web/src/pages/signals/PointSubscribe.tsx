/**
 * "Meld mij nieuwe meldingen hier": after a tap on an empty spot of the public map, an e-mail
 * subscription to new public reports within a chosen radius of that spot (double opt-in, an
 * unsubscribe link in every mail).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { subscribeToPoint } from './api.ts';
import { SubscribeForm } from './SubscribeForm.tsx';
import type { LatLon } from './types.ts';

export const RADII = [250, 500, 1000] as const;

export function PointSubscribe({ point, csrfToken, onClose }: { point: LatLon; csrfToken: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const [radius, setRadius] = useState<number>(500);
  return (
    <div className="point-subscribe" data-testid="point-subscribe">
      <SubscribeForm
        key={`${point.lat},${point.lon}`}
        id="point-subscribe"
        title={t('signals.publicMap.pointTitle')}
        intro={t('signals.publicMap.pointIntro')}
        done={t('signals.publicMap.pointDone')}
        subscribe={(email) => subscribeToPoint({ email, lat: point.lat, lon: point.lon, radius }, csrfToken)}
      >
        <Field id="point-subscribe-radius" label={t('signals.publicMap.radius')}>
          <select value={radius} onChange={(e) => setRadius(Number(e.target.value))}>
            {RADII.map((r) => (
              <option key={r} value={r}>
                {t('signals.publicMap.radiusOption', { metres: r })}
              </option>
            ))}
          </select>
        </Field>
      </SubscribeForm>
      <button type="button" className="button" onClick={onClose}>
        {t('signals.publicMap.close')}
      </button>
    </div>
  );
}
