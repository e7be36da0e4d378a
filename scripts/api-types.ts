/**
 * Writes the web app's API types (web/src/api/openapi.ts) from the OpenAPI document the server
 * publishes at /api/v1/openapi.json, with openapi-typescript 6.
 * Usage: npm run api-types        (test/web/api-types.test.ts fails when the committed file drifts)
 *
 * The app is built in-process as the server builds it (src/http/app.ts, every module's routes), with
 * the default configuration and no database: building the document runs no query (a query fails
 * here instead of answering), so the output does not depend on the engine or the environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, DummyDriver, type KyselyPlugin } from 'kysely';
import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/core/config.ts';
import type { Database } from '../src/db/database.ts';
import { buildApp } from '../src/http/app.ts';

export const API_TYPES_FILE = path.join(import.meta.dirname, '..', 'web', 'src', 'api', 'openapi.ts');

const HEADER = `/**
 * The Stadsveilig API's types, generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run \`npm run api-types\` after changing a route's schema (test/web/api-types.test.ts
 * fails while this file and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */

`;

const noQueries: KyselyPlugin = {
  transformQuery() {
    throw new Error('building the OpenAPI document must not query the database');
  },
  transformResult: async ({ result }) => result,
};

/** A Database that refuses every use: the routes only keep a reference while the app is built. */
function noDatabase(): Database {
  const refuse = () => Promise.reject(new Error('building the OpenAPI document must not use the database'));
  const db = new Kysely<never>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    plugins: [noQueries],
  });
  return {
    db: db as unknown as Database['db'],
    engine: 'embedded',
    execScript: refuse,
    withAdvisoryLock: refuse,
    bulkSession: refuse,
    close: async () => {},
  };
}

/** The OpenAPI document as GET /api/v1/openapi.json serves it under the default configuration. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({ STADSVEILIG_LOG_LEVEL: 'silent', STADSVEILIG_DATA_DIR: '/nonexistent-api-types' });
  const app = await buildApp({ config, database: noDatabase() });
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The text of web/src/api/openapi.ts for the current routes. */
export async function generateApiTypes(): Promise<string> {
  return openapiTS(await openApiDocument(), { commentHeader: HEADER, silent: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const text = await generateApiTypes();
  const before = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : null;
  fs.writeFileSync(API_TYPES_FILE, text);
  const lines = text.split('\n').length;
  console.log(`api-types: ${path.relative(process.cwd(), API_TYPES_FILE)} ${before === text ? 'unchanged' : 'written'} (${lines} lines)`);
}
