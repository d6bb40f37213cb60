import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // @carnet/shared is consumed from its TypeScript source.
  resolve: { conditions: ['carnet-source', ...defaultClientConditions] },
  server: {
    port: 5173,
    // Same Host header as the page, so that the API's same-origin check accepts the session cookie.
    proxy: { '/graphql': { target: api }, '/health': { target: api } },
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
