/**
 * What the imports module gives the platform: its routes and the `import …` commands. Only the
 * registry (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerImportCli } from './cli.ts';
import { importRoutes } from './routes.ts';

export const importsModule: PlatformModule = { name: 'imports', routes: [importRoutes], cli: registerImportCli };
