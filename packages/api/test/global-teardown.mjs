import fs from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__carnetTestDatabase;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.server.stop();
    fs.rmSync(state.embedded.dataDir, { recursive: true, force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: state.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.template}"`);
  await admin.end();
}
