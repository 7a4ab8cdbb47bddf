import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: built into dist/web and served by the Veta server; `npm run dev:web` proxies /api. */
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    {
      name: 'veta-build-stamp',
      closeBundle() {
        mkdirSync(path.resolve('dist'), { recursive: true });
        writeFileSync(path.resolve('dist/.web-stamp'), new Date().toISOString());
      },
    },
  ],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
