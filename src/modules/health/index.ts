/**
 * The health module — Health and instance information (version, municipality, engine).
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { healthRoutes, instanceRoutes } from './routes.ts';

export const healthModule: PlatformModule = { name: 'health', routes: [healthRoutes, instanceRoutes] };
