import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // @carnet/shared is consumed from its TypeScript source.
  resolve: { conditions: ['carnet-source', ...defaultClientConditions] },
  // In development the explorer is the built one that the API serves with its /assets (proxied below): Vite's dependency
  // pre-bundler cannot load GraphiQL's `?worker` imports, so it only scans the app.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    port: 5173,
    // Same Host header as the page, so that the API's same-origin check accepts the session cookie.
    proxy: Object.fromEntries(['/graphql', '/graphiql', '/assets', '/health'].map((path) => [path, { target: api }])),
  },
  build: {
    rollupOptions: {
      input: { app: 'index.html', graphiql: 'graphiql.html' },
      onwarn(warning, warn) {
        // GraphiQL's packages carry React Compiler directives that a bundle does not need.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    chunkSizeWarningLimit: 4000,
  },
});
