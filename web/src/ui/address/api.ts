/** The geocoder's public routes: address search (type-ahead) and the address at a point. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';

export type AddressSearchReply = Reply<'/api/v1/addresses/search'>;
export type AddressResult = AddressSearchReply['results'][number];
export type ReverseReply = Reply<'/api/v1/addresses/reverse'>;
export type AddressSource = AddressSearchReply['source'];

export const searchAddresses = (q: string, c: ApiClient = api) =>
  c.request<AddressSearchReply>(`/api/v1/addresses/search?${new URLSearchParams({ q }).toString()}`);

export const reverseAddress = (lat: number, lon: number, c: ApiClient = api) =>
  c.request<ReverseReply>(`/api/v1/addresses/reverse?${new URLSearchParams({ lat: String(lat), lon: String(lon) }).toString()}`);

/** What a chosen place gives the page: the point, a label to show, and the buurt (null outside). */
export interface ChosenPlace {
  lat: number;
  lon: number;
  /** "Voorstraat 12, 3311 AB Dordrecht", a street or buurt name. */
  label: string;
  /** The address label when the place is an address, else ''. */
  address: string;
  buurtCode: string | null;
  buurtName: string | null;
}

export const placeOfResult = (r: AddressResult): ChosenPlace => ({
  lat: r.lat,
  lon: r.lon,
  label: r.label,
  address: r.kind === 'address' ? r.label : '',
  buurtCode: r.buurtCode,
  buurtName: r.buurtName,
});

export const placeOfReverse = (lat: number, lon: number, r: ReverseReply): ChosenPlace => ({
  lat,
  lon,
  label: r.address?.label ?? r.buurt?.name ?? '',
  address: r.address?.label ?? '',
  buurtCode: r.buurt?.code ?? null,
  buurtName: r.buurt?.name ?? null,
});
