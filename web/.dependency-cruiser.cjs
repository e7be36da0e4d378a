/**
 * The layering of the web app, checked by dependency-cruiser in `npm test` (test/web/structure.test.ts):
 *
 *   App, shell, auth  →  pages/<page>  →  ui (shared toolkit)  →  api, i18n
 *
 * A page reaches another page only through its paths.ts (URL paths to link to).
 */
const PAGE = '^web/src/pages/([^/]+)/';

module.exports = {
  forbidden: [
    {
      name: 'ui-knows-no-page',
      comment: 'ui/ is the shared toolkit: it imports no page, no shell and no auth code.',
      severity: 'error',
      from: { path: '^web/src/ui/' },
      to: { path: '^web/src/(pages|shell|auth)/' },
    },
    {
      name: 'pages-through-paths',
      comment: "A page reaches another page only through that page's paths.ts; what more pages share belongs in ui/.",
      severity: 'error',
      from: { path: PAGE },
      to: { path: '^web/src/pages/', pathNot: ['^web/src/pages/$1/', '^web/src/pages/[^/]+/paths\\.ts$'] },
    },
    {
      name: 'api-is-the-floor',
      comment: 'api/ (client, generated types and their names) imports nothing else of the web app.',
      severity: 'error',
      from: { path: '^web/src/api/' },
      to: { path: '^web/src/', pathNot: '^web/src/api/' },
    },
    {
      name: 'no-cycles-between-folders',
      comment: 'No import cycle that leaves a folder (a page, ui, shell, auth, api).',
      severity: 'error',
      from: { path: '^web/src/(pages/[^/]+|[^/]+)/' },
      to: { circular: true, via: { pathNot: '^web/src/$1/' } },
    },
  ],
  options: {
    parser: 'tsc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'web/tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist)' },
    includeOnly: '^web/src/',
  },
};
