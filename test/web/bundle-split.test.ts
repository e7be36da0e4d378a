/**
 * MapLibre (~1 MB) stays out of every page's first load: the entry chunk and each page chunk, with
 * everything they import statically, hold no MapLibre; ui/map/use-map-instance.ts imports it on
 * demand. Read from the Vite manifest of the build (web/dist/.vite/manifest.json; the build is made
 * first when missing or stale, as for the browser tests).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureWebBuild } from '../e2e/support/server.ts';

const DIST = path.resolve(import.meta.dirname, '../../web/dist');
const MAPLIBRE_ENTRY = 'src/ui/map/maplibre.ts';

interface Chunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, Chunk>;
let manifest: Manifest;

/** The chunks a browser loads with `key` before any dynamic import runs. */
function staticClosure(key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const next of manifest[k]?.imports ?? []) visit(next);
  };
  visit(key);
  return [...seen];
}

const holdsMapLibre = (key: string) => {
  const file = manifest[key]?.file;
  return !!file && file.endsWith('.js') && fs.readFileSync(path.join(DIST, file), 'utf8').includes('maplibregl-ctrl');
};

before(() => {
  ensureWebBuild();
  manifest = JSON.parse(fs.readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
});

describe('bundle split', () => {
  it('builds MapLibre into its own chunk, loaded by a dynamic import from the map hook', () => {
    assert.ok(manifest[MAPLIBRE_ENTRY]?.isDynamicEntry, 'MapLibre is a dynamic entry');
    assert.ok(holdsMapLibre(MAPLIBRE_ENTRY), 'the marker string is found in the MapLibre chunk');
    const importers = Object.keys(manifest).filter((k) => manifest[k]?.dynamicImports?.includes(MAPLIBRE_ENTRY));
    assert.ok(importers.length > 0);
    for (const k of importers) assert.match(k, /use-map-instance/);
  });

  it('keeps MapLibre out of the first load of the app and of every page, the report form included', () => {
    const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
    assert.equal(entry, 'index.html');
    const pages = Object.keys(manifest).filter((k) => manifest[k]?.isDynamicEntry && k !== MAPLIBRE_ENTRY);
    assert.ok(pages.includes('src/pages/signals/PublicApp.tsx'), 'the residents’ pages are a chunk of their own');
    for (const start of [entry, ...pages]) {
      const closure = staticClosure(start);
      assert.ok(!closure.includes(MAPLIBRE_ENTRY), `${start} imports MapLibre statically`);
      const carrying = closure.filter(holdsMapLibre);
      assert.deepEqual(carrying, [], `${start} loads MapLibre code with its first chunks`);
    }
  });
});
