/**
 * Vite build of the web app: root is web/, output web/dist (served by src/http/web-app.ts).
 * The map page (and MapLibre with it) is loaded lazily, so it lands in its own chunk;
 * the MapLibre worker is emitted as a separate file (see src/map/maplibre.ts).
 * No inline scripts: the CSP allows script-src 'self' only.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
