/**
 * The geocoder module — BAG address points: postcode + huisnummer to a point.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { describeAddress, isAddressProblem, parseAddress } from './address-key.ts';
export { loadAddressLookup } from './address-lookup.ts';
export { nearestAddress } from './nearest-address.ts';
export { addressPointOf } from './address-search-store.ts';
export type { NearestAddress } from './nearest-address.ts';
export type { AddressLookup } from './address-lookup.ts';
// Tests of other modules load address points with it (incidents/import/import-postcode.test.ts).
export { importAddresses } from './address-import-service.ts';
export type { AddressImportProgress, AddressImportSummary } from './address-import-service.ts';
export { formatAddressSummary } from './address-summary-text.ts';
