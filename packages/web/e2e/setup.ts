import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startCarnet } from './carnet-server';

/** One Carnet and one Chromium for the journeys of a file, started before and stopped after them. */
export function withCarnetAndChromium() {
  const running = {} as { carnet: Awaited<ReturnType<typeof startCarnet>>; browser: Browser };
  beforeAll(async () => {
    [running.carnet, running.browser] = await Promise.all([startCarnet(), launchChromium()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.carnet?.stop();
  });
  return running;
}
