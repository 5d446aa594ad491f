/**
 * Headless Chromium for the browser tests, driven by playwright-core. Which binary is decided by
 * `chromium.ts` (in vitest's global setup, which sets CHROMIUM_PATH for the workers).
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = await findChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
