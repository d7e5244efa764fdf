// The explorer's build: client/ is the Vite root, the bundle goes to client/dist, which the
// server serves at / (server/http/app.ts). `vite` alone serves the client with the API of a
// running `npm start` behind it (ISNAD_API, default http://127.0.0.1:4000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.ISNAD_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./client/dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/graphql': api, '/health': api },
  },
});
