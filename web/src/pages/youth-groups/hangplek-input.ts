/**
 * A hangplek as typed in the form: a point (latitude, longitude) or an area (one "latitude,
 * longitude" corner per line; the ring is closed for the user). Pure; the server checks again.
 */
import type { Hangplek } from './types.ts';

export interface HangplekInput {
  name: string;
  kind: 'Point' | 'Polygon';
  lat: string;
  lon: string;
  corners: string;
}

export const EMPTY_HANGPLEK: HangplekInput = { name: '', kind: 'Point', lat: '', lon: '', corners: '' };

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

/** The hangplek, or the key of the text saying what is missing. */
export function hangplekOf(input: HangplekInput): Hangplek | { error: string } {
  if (!input.name.trim()) return { error: 'youthGroups.hangplekNameMissing' };
  if (input.kind === 'Point') {
    const lat = num(input.lat);
    const lon = num(input.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return { error: 'youthGroups.hangplekPointMissing' };
    return { name: input.name.trim(), geometry: { type: 'Point', coordinates: [lon, lat] } };
  }
  const corners = input.corners
    .split('\n')
    .map((line) =>
      line
        .split(/[;,\s]+/)
        .filter(Boolean)
        .map(Number),
    )
    .filter((c) => c.length === 2 && c.every(Number.isFinite))
    .map(([lat, lon]) => [lon!, lat!] as [number, number]);
  if (corners.length < 3) return { error: 'youthGroups.hangplekCornersMissing' };
  const ring = [...corners, corners[0]!];
  return { name: input.name.trim(), geometry: { type: 'Polygon', coordinates: [ring] } };
}
