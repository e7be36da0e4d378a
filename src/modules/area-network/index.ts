/**
 * The area-network module — the network of an area (who is active in a wijk or buurt, which
 * agreements apply, which missions, initiatives, youth groups and target groups), composed from
 * the sections other modules offer. This file is the module's public surface: other modules
 * (perception's wijkgesprek report and safety profile) import from here. Its routes are in module.ts.
 */

export { composeAreaNetwork, loadSections, type AreaNetwork, type AreaNetworkSections } from './compose.ts';
export { networkSummary, type NetworkSummary } from './summary.ts';
export { networkReply } from './schema.ts';
