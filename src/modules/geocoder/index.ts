/**
 * The geocoder module — BAG address points: postcode + huisnummer to a point.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerGeocoderCli } from './cli.ts';

export const geocoderModule: PlatformModule = { name: 'geocoder', cli: registerGeocoderCli };

// The public surface other modules use.
export { describeAddress, isAddressProblem, parseAddress } from './address-key.ts';
export { loadAddressLookup } from './address-lookup.ts';
export type { AddressLookup } from './address-lookup.ts';
// Tests of other modules load address points with it (incidents/import/import-postcode.test.ts).
export { importAddresses } from './address-import-service.ts';
