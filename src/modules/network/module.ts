/**
 * What the network module gives the platform: its routes, commands, demo content, its sections of
 * an area's network and its hourly housekeeping (agreement reminders). Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { remindExpiringAgreements } from './agreement-reminders.ts';
import { networkAreaSections } from './area-network.ts';
import { registerPartnerImportCli } from './partner-import-cli.ts';
import { networkDemo } from './demo.ts';
import { partnerRoutes } from './routes.ts';

export const networkModule: PlatformModule = {
  name: 'network',
  routes: [partnerRoutes],
  cli: registerPartnerImportCli,
  demo: networkDemo,
  areaNetwork: networkAreaSections,
  housekeeping: async (ctx, env) => void (await remindExpiringAgreements(ctx, env)),
};
