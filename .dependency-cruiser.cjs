/**
 * The layering rules of docs/ARCHITECTURE.md, checked by dependency-cruiser in `npm test`
 * (test/architecture/boundaries.test.ts) and by `npm run boundaries`.
 *
 *   cli, server, http  →  modules (through src/modules/index.ts or a module's index.ts)  →  core, db
 *
 * Test files (*.test.ts) and test/ may reach into a module for set-up; the rules apply to src/.
 */
const MODULE = '^src/modules/([^/]+)/';

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'No import cycle that leaves a folder (a module, core, db, http, cli, server); type-only imports count too.',
      severity: 'error',
      from: { path: '^src/(modules/[^/]+|[^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { circular: true, via: { pathNot: '^src/$1/' } },
    },
    {
      name: 'modules-below-the-edges',
      comment: 'Modules depend on core/ and db/ only; never on cli/, server/ or http/.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(cli|server|http)/' },
    },
    {
      name: 'core-and-db-are-the-floor',
      comment: 'core/ and db/ import no module, no edge.',
      severity: 'error',
      from: { path: '^src/(core|db)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(modules|cli|server|http)/' },
    },
    {
      name: 'through-the-public-index',
      comment: "Another module is reached only through its index.ts (the module's one public file).",
      severity: 'error',
      from: { path: MODULE, pathNot: '\\.test\\.ts$' },
      to: { path: '^src/modules/([^/]+)/.+', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'edges-through-the-registry-or-index',
      comment: 'cli/, server/ and http/ reach modules only through their index.ts or the registry.',
      severity: 'error',
      from: { path: '^src/(cli|server|http)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/index\\.ts$', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'module-definitions-via-the-registry',
      comment:
        "A module's module.ts (its routes and commands) is imported only by the registry, src/modules/index.ts; index.ts stays free of HTTP and CLI code.",
      severity: 'error',
      from: { pathNot: ['^src/modules/index\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/[^/]+/module\\.ts$' },
    },
    {
      name: 'analysis-is-pure',
      comment: 'analysis/ is pure statistics: it imports nothing outside itself but core/errors.ts, and no node: I/O.',
      severity: 'error',
      from: { path: '^src/modules/analysis/', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: ['^src/modules/analysis/', '^src/core/errors\\.ts$'],
      },
    },
    {
      name: 'not-to-tests',
      comment: 'Production code never imports test code.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '(\\.test\\.ts$|^test/)' },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist)' },
    // src/ and Node's built-in modules (fs, worker_threads …: resolved to their bare names), so the analysis rule sees I/O.
    includeOnly: '^src/|^[a-z_]+$|^[a-z_]+/[a-z_]+$',
  },
};
