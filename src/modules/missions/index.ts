/**
 * The missions module — Opgaven: evidence, goals, measures, partners, effect, portfolio.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { missionRoutes } from './routes.ts';

export const missionsModule: PlatformModule = { name: 'missions', routes: [missionRoutes] };

// The public surface other modules use.

