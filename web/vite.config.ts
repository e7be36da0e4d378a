/**
 * Vite build of the web app: root is web/, output web/dist (served by src/http/web-app.ts).
 * The map page (and MapLibre with it) is loaded lazily, so it lands in its own chunk;
 * the MapLibre worker is emitted as a separate file (see src/ui/map/maplibre.ts).
 * MapLibre itself is imported on demand by ui/map/use-map-instance.ts, so no page's first chunk holds
 * it; the manifest (dist/.vite/manifest.json) lets test/web/bundle-split.test.ts check that.
 * After writing, every text asset gets a `.br` and `.gz` copy (scripts/precompress.mjs), served by
 * src/http/web-app.ts.
 * No inline scripts: the CSP allows script-src 'self' only.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from '../scripts/precompress.mjs';

const root = import.meta.dirname;
const outDir = path.join(root, 'dist');

/** Brotli and gzip copies of the build, written once the bundle is on disk. */
function precompressed(): Plugin {
  return {
    name: 'stadsveilig-precompress',
    apply: 'build',
    async closeBundle() {
      await precompress(outDir);
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompressed()],
  build: {
    outDir,
    manifest: true,
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // The precompression runs after the bundle by design; no timing warning about it.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // `vite` (dev) and `vite preview` forward the API to a running server (STADSVEILIG_API, default :8080).
  server: { proxy: { '/api': process.env.STADSVEILIG_API ?? 'http://127.0.0.1:8080' } },
  preview: { proxy: { '/api': process.env.STADSVEILIG_API ?? 'http://127.0.0.1:8080' } },
});
