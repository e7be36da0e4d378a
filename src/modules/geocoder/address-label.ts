/** How an address is shown (the same in search results, reverse lookups and the staff detail page), and distances between nearby points. */
import { showNumber, showPostcode } from './address-query.ts';
import type { AddressHit } from './address-search-store.ts';

export function addressLabel(
  a: Pick<AddressHit, 'street' | 'postcode' | 'huisnummer' | 'huisletter' | 'toevoeging' | 'woonplaats'>,
): string {
  const place = [showPostcode(a.postcode), a.woonplaats].filter(Boolean).join(' ');
  if (a.street) return `${a.street} ${showNumber(a)}, ${place}`;
  return `${showPostcode(a.postcode)} ${showNumber(a)}${a.woonplaats ? `, ${a.woonplaats}` : ''}`;
}

/** Metres between two nearby WGS84 points (equirectangular; exact enough within a few km). */
export function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6_371_000;
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * R;
}
