// `pnpm start`: builds what changed, then runs the compiled API, which also serves the web app.
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();
process.env.NODE_ENV ??= 'production';
process.setSourceMapsEnabled(true);
await import('../packages/api/dist/main.js');
