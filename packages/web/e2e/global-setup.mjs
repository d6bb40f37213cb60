// Journeys run the app as `pnpm start` does: build whatever changed first.
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';

export default function buildCarnet() {
  ensureBuilt();
}
