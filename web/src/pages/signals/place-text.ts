/** Texts of the staff detail page's place section: the address line, ages, duplicate reasons, map points. Pure. */
import type { TFunction } from 'i18next';
import type { PointCollection } from './geo.ts';
import type { DuplicateSuggestion, NearbyReport, SignalDetail, Surroundings } from './types.ts';

/** The typed address, else the nearest BAG address with its distance, else null. */
export function addressLine(t: TFunction, s: Pick<SignalDetail, 'addressText'>, near: Surroundings | null): string | null {
  if (s.addressText) return s.addressText;
  const a = near?.nearestAddress;
  return a ? t('signals.detailPlace.addressNearest', { address: a.text, distance: a.distanceMetres }) : null;
}

/** "Wielwijk (BU05051101)", the code alone when the name is unknown. */
export function buurtLine(s: Pick<SignalDetail, 'buurtCode'>, near: Surroundings | null): string | null {
  const code = near?.buurt?.code ?? s.buurtCode;
  if (!code) return null;
  return near?.buurt?.name ? `${near.buurt.name} (${code})` : code;
}

/** "zelfde categorie, 40 m, 2 dagen eerder". */
export function duplicateReasons(t: TFunction, d: Pick<DuplicateSuggestion, 'sameCategory' | 'distanceMetres' | 'daysApart' | 'earlier'>) {
  const when =
    d.daysApart === 0
      ? t('signals.duplicates.sameDay')
      : t(d.earlier ? 'signals.duplicates.earlier' : 'signals.duplicates.later', { count: d.daysApart });
  return [
    t(d.sameCategory ? 'signals.duplicates.sameCategory' : 'signals.duplicates.relatedCategory'),
    t('signals.detailPlace.metres', { distance: d.distanceMetres }),
    when,
  ].join(', ');
}

/** The other open reports as map points (clicked: their number). */
export function nearbyPoints(nearby: readonly NearbyReport[]): PointCollection {
  return {
    type: 'FeatureCollection',
    features: nearby.map((n) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [n.location.lon, n.location.lat] },
      properties: { number: n.number },
    })),
  };
}
