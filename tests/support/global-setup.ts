/**
 * vitest's global setup: runs once before any worker. Decides the browser (so the packaged one is
 * unpacked once, not raced by several workers), says which one the run uses, and passes its path
 * to the workers through CHROMIUM_PATH.
 */
import { findChromium } from './chromium.ts';

export default async function setup(): Promise<void> {
  const choice = await findChromium();
  process.env.CHROMIUM_PATH = choice.executablePath;
  process.stdout.write(`Browser tests use Chromium from ${choice.source}: ${choice.executablePath}\n`);
}
