import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One multi-page build of the three UIs into dist/ui: `/` portal, `/workbench/`, `/designer/`.
 * The Koa server serves it (server/http/serveUi.ts); hashed assets under /assets/ are cached
 * immutably. No inline script anywhere (the server's Content Security Policy forbids it), so the
 * module-preload polyfill, which Vite would inline, is off (every supported browser has it).
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist/ui',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        portal: `${root}portal/index.html`,
        workbench: `${root}workbench/index.html`,
        designer: `${root}designer/index.html`,
      },
    },
  },
  server: {
    // `npx vite` for UI work against a running `npm start` (API on 8080).
    proxy: Object.fromEntries(['/api', '/auth', '/idp'].map((p) => [p, `http://127.0.0.1:${process.env.PORT ?? 8080}`])),
  },
});
