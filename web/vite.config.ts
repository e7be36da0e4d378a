/**
 * Vite build of the web app: root is web/, output web/dist (served by src/http/web-app.ts).
 * The map page (and MapLibre with it) is loaded lazily, so it lands in its own chunk;
 * the MapLibre worker is emitted as a separate file (see src/ui/map/maplibre.ts).
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
  // `vite` (dev) and `vite preview` forward the API to a running server (STADSVEILIG_API, default :8080).
  server: { proxy: { '/api': process.env.STADSVEILIG_API ?? 'http://127.0.0.1:8080' } },
  preview: { proxy: { '/api': process.env.STADSVEILIG_API ?? 'http://127.0.0.1:8080' } },
});
