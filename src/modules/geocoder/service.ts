/**
 * What other modules may use of the geocoder (import only from this file): the address import,
 * the in-memory lookup for row checkers, and the address key rules they share.
 */
export { importAddresses, type AddressImportOptions, type AddressImportSummary } from './address-import.ts';
export { AddressLookup, loadAddressLookup, type AddressPoint } from './address-lookup.ts';
export { describeAddress, isAddressProblem, normalizePostcode, parseAddress, type AddressKey, type AddressProblem } from './address-key.ts';
