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

/** The index the web app imports (`paths`), and the folder of the generated parts it joins. */
export const API_TYPES_FILE = path.join(import.meta.dirname, '..', 'web', 'src', 'api', 'openapi.ts');
export const API_TYPES_DIR = path.join(import.meta.dirname, '..', 'web', 'src', 'api', 'openapi');

/** A part grows to at most this many lines before the next resource starts a new one (the house's file size). */
const MAX_PART_LINES = 400;

const header = (what: string) => `/**
 * The Stadsveilig API's types${what}, generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run \`npm run api-types\` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
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

type PathItems = NonNullable<OpenAPI3['paths']>;

/** The module of a path (its first OpenAPI tag): the seam the parts follow. */
function tagOf(item: PathItems[string]): string {
  const ops = Object.values(item as Record<string, { tags?: string[] }>);
  return ops.find((o) => o?.tags?.length)?.tags?.[0] ?? 'other';
}

/** A path's name for a part that starts with it: its fixed segments, `-item` when it ends on a parameter. */
function pathName(p: string): string {
  const segs = p
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter(Boolean);
  const fixed = segs.filter((s) => !s.startsWith('{')).join('-');
  return `${fixed}${segs.at(-1)?.startsWith('{') ? '-item' : ''}`;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The API's types in parts, one module (OpenAPI tag) at a time; a module whose types run past
 * MAX_PART_LINES continues, in path order, in a part named after the path it starts with (e.g.
 * missions, missions-item, missions-goals). Returns file name → text: the parts under openapi/ and the index openapi.ts that
 * joins their `paths`.
 */
export async function generateApiTypes(): Promise<Map<string, string>> {
  const doc = await openApiDocument();
  const byTag = new Map<string, string[]>();
  for (const [p, item] of Object.entries(doc.paths ?? {})) byTag.set(tagOf(item), [...(byTag.get(tagOf(item)) ?? []), p]);
  const render = (paths: string[], what: string) =>
    openapiTS({ ...doc, paths: Object.fromEntries(paths.map((p) => [p, doc.paths![p]!])) }, { commentHeader: header(what), silent: true });
  const files = new Map<string, string>();
  for (const [tag, paths] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    let part = { name: slug(tag), paths: [] as string[] };
    for (const p of [...paths].sort()) {
      const joined = [...part.paths, p];
      const text = await render(joined, ` (${tag})`);
      if (part.paths.length === 0 || text.split('\n').length <= MAX_PART_LINES) {
        part = { name: part.name, paths: joined };
        files.set(`openapi/${part.name}.ts`, text);
        continue;
      }
      const own = slug(pathName(p));
      part = { name: files.has(`openapi/${own}.ts`) || byTag.has(own) ? slug(`${tag}-${own}`) : own, paths: [p] };
      files.set(`openapi/${part.name}.ts`, await render(part.paths, ` (${tag}, from ${p})`));
    }
  }
  const parts = [...files.keys()].map((f) => ({
    file: f,
    alias: `${f.slice('openapi/'.length, -3).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Paths`,
  }));
  const imports = parts.map(({ file, alias }) => `import type { paths as ${alias} } from './${file}';`).join('\n');
  const what = `, joined from the parts in openapi/ (one per module, continued past ${MAX_PART_LINES} lines)`;
  files.set('openapi.ts', `${header(what)}${imports}\n\nexport type paths = ${parts.map((p) => p.alias).join(' &\n  ')};\n`);
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const files = await generateApiTypes();
  const root = path.dirname(API_TYPES_FILE);
  fs.rmSync(API_TYPES_DIR, { recursive: true, force: true });
  fs.mkdirSync(API_TYPES_DIR, { recursive: true });
  for (const [name, text] of files) fs.writeFileSync(path.join(root, name), text);
  const lines = [...files.values()].map((t) => t.split('\n').length);
  console.log(`api-types: ${files.size} files in web/src/api (openapi.ts + openapi/), largest ${Math.max(...lines)} lines`);
}
