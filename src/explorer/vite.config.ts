// Builds the explorer (index.html) and the offline GraphiQL sandbox (sandbox.html) into
// dist/explorer/, served by the API at / and GET /graphql. The same config drives `npm run dev`:
// src/dev.ts creates a Vite server from it in middleware mode (root is set here, so the caller
// only passes `configFile` and `server: { middlewareMode: true }`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
export const EXPLORER_OUT_DIR = path.resolve(root, '../../dist/explorer');

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: EXPLORER_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        index: path.join(root, 'index.html'),
        sandbox: path.join(root, 'sandbox.html'),
      },
      // GraphiQL's React-compiler directives ('use no memo') are meaningless once bundled.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
