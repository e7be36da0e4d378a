/** The readable names of the area-network API's replies (generated types in api/openapi). */
import type { Reply } from '../../api/types.ts';

export type AreaNetwork = Reply<'/api/v1/areas/{code}/network'>;
export type NetworkSummary = Reply<'/api/v1/areas/network-summary'>;
export type SectionKey = NetworkSummary['sections'][number];
export type NetworkItem = NonNullable<AreaNetwork['sections']['missions']>[number];

/** The sections in the order the page shows them (the API's AREA_NETWORK_KEYS). */
export const SECTION_KEYS: readonly SectionKey[] = [
  'partners',
  'agreements',
  'missions',
  'initiatives',
  'youthGroups',
  'targetGroups',
  'cases',
  'measures',
  'compliance',
];
