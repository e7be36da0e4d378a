/** The area-network API calls of the Netwerk overview and area pages, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { AreaNetwork, NetworkSummary } from './types.ts';

const V1 = '/api/v1';

export const getNetworkSummary = (c: ApiClient = api) => c.request<NetworkSummary>(`${V1}/areas/network-summary`);
export const getAreaNetwork = (code: string, c: ApiClient = api) =>
  c.request<AreaNetwork>(`${V1}/areas/${encodeURIComponent(code)}/network`);
/** The wijkgesprek report of a wijk (perception:read), opened in a new tab. */
export const reportUrl = (wijk: string) => `${V1}/areas/${encodeURIComponent(wijk)}/report.html`;
