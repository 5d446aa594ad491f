/**
 * Which Chromium the browser tests and the benchmark drive, decided in one place, in this order:
 *  1. `CHROMIUM_PATH`, when set (it must exist: a wrong path is an error, not a fallback);
 *  2. Debian's `/usr/bin/chromium`, where the machine has it;
 *  3. `@sparticuz/chromium`, a devDependency that ships its binary inside the npm package, so a
 *     fresh `npm install` brings a browser with no download and no apt.
 * None found is an error that says how to get one: a browser test is never skipped.
 */
import { accessSync, constants } from 'node:fs';

export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, for the test output. */
  source: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium';
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for every launch: headless, and nothing that reaches for the network on its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const NO_CHROMIUM_HELP = [
  'No Chromium for the browser tests. Any one of these gives one:',
  '  npm install                      (installs @sparticuz/chromium, a devDependency that ships Chromium)',
  "  apt-get install chromium         (Debian's, used from /usr/bin/chromium)",
  '  CHROMIUM_PATH=/path/to/chromium  (any Chromium or Chrome)',
].join('\n');

/**
 * Finds the browser. `@sparticuz/chromium` unpacks its binary into the temporary folder on first
 * use, so call this once per run (vitest's global setup does) and hand the path to the workers.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.\n${NO_CHROMIUM_HELP}`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: 'debian' };
  let packaged: { executablePath(): Promise<string> };
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch {
    throw new Error(NO_CHROMIUM_HELP);
  }
  const executablePath = await packaged.executablePath();
  if (!isExecutable(executablePath)) throw new Error(`@sparticuz/chromium gave ${executablePath}, which does not run.\n${NO_CHROMIUM_HELP}`);
  return { executablePath, source: '@sparticuz/chromium' };
}
