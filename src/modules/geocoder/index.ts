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
export { loadAddressLookup } from './service.ts';
export type { AddressLookup } from './service.ts';
