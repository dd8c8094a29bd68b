import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const serverPort = Number(process.env.PORT ?? 8787);
// Source maps would serve the full sources at /assets/*.js.map: only when a build asks for them.
const sourcemap = process.env.STUDIO_SOURCEMAP === 'true';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { outDir: 'dist', sourcemap, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    host: '127.0.0.1',
    // In development the SPA is served by Vite and talks to the studio server.
    // changeOrigin off keeps the page's Host, so the server's same-origin check (Origin vs Host) passes.
    proxy: {
      '/api': { target: `http://127.0.0.1:${serverPort}`, changeOrigin: false },
      '/files': { target: `http://127.0.0.1:${serverPort}`, changeOrigin: false },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
