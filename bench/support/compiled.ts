/**
 * The product's modules as `npm start` and the `stadsveilig` command run them: the compiled server
 * in dist/ (built first when missing or stale, scripts/server-build.mjs), not the TypeScript sources
 * through tsx — whose loader also runs in every worker thread and costs a parallel import about a
 * second of CPU that no production run pays. One set of modules: a database opened here and the
 * import run on it must come from the same build (the bulk session is registered per module).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR, buildNeeded, buildServer } from '../../scripts/server-build.mjs';

type Context = typeof import('../../src/core/context.ts');
type DatabaseModule = typeof import('../../src/db/database.ts');
type Migrate = typeof import('../../src/db/migrate.ts');
type Areas = typeof import('../../src/modules/areas/index.ts');
type CrimeTypes = typeof import('../../src/modules/incidents/crime-types.ts');
type Columns = typeof import('../../src/modules/incidents/columns-service.ts');
type EventTable = typeof import('../../src/modules/incidents/event-table.ts');
type SelectEvents = typeof import('../../src/modules/incidents/select-events.ts');
type ImportService = typeof import('../../src/modules/incidents/import/import-service.ts');

const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(DIST_DIR, file)).href) as Promise<T>;

export async function compiledModules() {
  if (buildNeeded()) await buildServer();
  return {
    ...(await load<Context>('core/context.js')),
    ...(await load<DatabaseModule>('db/database.js')),
    ...(await load<Migrate>('db/migrate.js')),
    seedAreasIfEmpty: (await load<Areas>('modules/areas/index.js')).seedAreasIfEmpty,
    ...(await load<CrimeTypes>('modules/incidents/crime-types.js')),
    ...(await load<Columns>('modules/incidents/columns-service.js')),
    ...(await load<EventTable>('modules/incidents/event-table.js')),
    ...(await load<SelectEvents>('modules/incidents/select-events.js')),
    ...(await load<ImportService>('modules/incidents/import/import-service.js')),
  };
}
