/**
 * The residents' address search and reverse lookup (public, no personal data: BAG addresses,
 * PDOK's public addresses and CBS area names). Which source answers (`STADSVEILIG_ADDRESS_SEARCH`):
 * - `local`: the BAG address points loaded for the municipality (`bag`), else area names;
 * - `pdok`: PDOK Locatieserver, else (unreachable) area names;
 * - `auto` (default): local when address points are loaded, else PDOK when reachable, else area names.
 * Buurt and wijk names are matched too, after the addresses, so search works on a fresh install.
 * Every result carries its buurt (areas module point-in-polygon).
 */
import type { ServiceContext } from '../../core/context.ts';
import type { AreaLocator } from '../areas/index.ts';
import { addressLabel, metresBetween } from './address-label.ts';
import { parseAddressQuery } from './address-query.ts';
import { findAddresses, findStreets, hasAddressPoints } from './address-search-store.ts';
import { nearestAddress } from './nearest-address.ts';
import { buurtAt, matchAreas, newestLocator } from './area-places.ts';
import { pdokResting, pdokReverse, pdokSearch, type PdokAddress } from './pdok-locatieserver.ts';

export type AddressSource = 'bag' | 'pdok' | 'areas';
export type AddressSearchMode = 'auto' | 'local' | 'pdok';

export interface AddressEnv {
  gemeente: string;
  mode: AddressSearchMode;
  pdokUrl: string;
}

export interface PlaceResult {
  kind: 'address' | 'street' | 'buurt' | 'wijk';
  label: string;
  lat: number;
  lon: number;
  buurtCode: string | null;
  buurtName: string | null;
}

export interface SearchReply {
  source: AddressSource;
  results: PlaceResult[];
}

export interface ReverseReply {
  source: AddressSource;
  address: { label: string; lat: number; lon: number; distance: number } | null;
  buurt: { code: string; name: string } | null;
}

export const MAX_RESULTS = 8;
/** The reverse lookup names an address only this close to the point (metres). */
export const REVERSE_METRES = 50;

/** "Voorstraat 12A, 3311 AB Dordrecht"; without a street "3311 AB 12A, Dordrecht". */

const ofPoint = (locator: AreaLocator | null, p: { lat: number; lon: number }) => {
  const b = buurtAt(locator, p.lat, p.lon);
  return { lat: p.lat, lon: p.lon, buurtCode: b?.code ?? null, buurtName: b?.name ?? null };
};

async function localResults(ctx: ServiceContext, env: AddressEnv, q: string, locator: AreaLocator | null): Promise<PlaceResult[]> {
  const query = parseAddressQuery(q);
  if (query.kind === 'street' && !query.number) {
    const streets = await findStreets(ctx.db, env.gemeente, query.street, query.woonplaats, MAX_RESULTS);
    return streets.map((s) => ({ kind: 'street', label: [s.street, s.woonplaats].filter(Boolean).join(', '), ...ofPoint(locator, s) }));
  }
  const hits = await findAddresses(ctx.db, env.gemeente, query, MAX_RESULTS);
  return hits.map((h) => ({ kind: 'address', label: addressLabel(h), ...ofPoint(locator, h) }));
}

/** Which source to ask first: `bag`, `pdok` or `areas` (names only). */
async function sourceFor(ctx: ServiceContext, env: AddressEnv): Promise<AddressSource> {
  if (env.mode === 'pdok') return 'pdok';
  if (await hasAddressPoints(ctx.db, env.gemeente)) return 'bag';
  if (env.mode === 'local' || pdokResting(env.pdokUrl)) return 'areas';
  return 'pdok';
}

export async function searchPlaces(ctx: ServiceContext, env: AddressEnv, q: string): Promise<SearchReply> {
  const locator = await newestLocator(ctx, env.gemeente);
  let source = await sourceFor(ctx, env);
  let results: PlaceResult[] = [];
  if (source === 'bag') results = await localResults(ctx, env, q, locator);
  else if (source === 'pdok') {
    const found = await pdokSearch(env.pdokUrl, env.gemeente, q, MAX_RESULTS).catch(() => null);
    if (found) results = found.map((a) => ({ kind: 'address' as const, label: a.label, ...ofPoint(locator, a) }));
    else source = 'areas';
  }
  if (results.length < MAX_RESULTS) {
    const areas = await matchAreas(ctx, env.gemeente, q, MAX_RESULTS - results.length);
    results.push(
      ...areas.map((a) => ({ kind: a.kind, label: a.name, lat: a.lat, lon: a.lon, buurtCode: a.buurt.code, buurtName: a.buurt.name })),
    );
  }
  return { source, results };
}

async function nearestLocal(ctx: ServiceContext, env: AddressEnv, lat: number, lon: number): Promise<ReverseReply['address']> {
  const found = await nearestAddress(ctx.db, env.gemeente, { lat, lon }, REVERSE_METRES);
  return found && { label: found.text, lat: found.lat, lon: found.lon, distance: found.metres };
}

async function nearestPdok(env: AddressEnv, lat: number, lon: number): Promise<PdokAddress | null | undefined> {
  return pdokReverse(env.pdokUrl, lat, lon).catch(() => undefined);
}

/** The nearest address within 50 m of a point and the buurt it lies in; no address → the buurt only. */
export async function reversePlace(ctx: ServiceContext, env: AddressEnv, lat: number, lon: number): Promise<ReverseReply> {
  const locator = await newestLocator(ctx, env.gemeente);
  const buurt = buurtAt(locator, lat, lon);
  let source = await sourceFor(ctx, env);
  let address: ReverseReply['address'] = null;
  if (source === 'bag') address = await nearestLocal(ctx, env, lat, lon);
  else if (source === 'pdok' && buurt) {
    const found = await nearestPdok(env, lat, lon);
    if (found === undefined) source = 'areas';
    else if (found) {
      const distance = Math.round(found.distance ?? metresBetween({ lat, lon }, found));
      if (distance <= REVERSE_METRES) address = { label: found.label, lat: found.lat, lon: found.lon, distance };
    }
  }
  return { source, address, buurt };
}
