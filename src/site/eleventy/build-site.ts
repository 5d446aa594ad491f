/**
 * `atlas build`: settings and notes → atlas → Eleventy pages → graph files, scripts, stylesheet,
 * search index. Reports every problem; never throws on bad input.
 */
import { access, rm } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { SiteConfig } from '../../config/site-config.ts';
import type { EleventyHooks } from './eleventy-config.ts';
import { configureEleventy } from './eleventy-config.ts';
import type { SiteSessionOptions } from './site-session.ts';
import { SiteSession, TEMPLATES_DIR } from './site-session.ts';

export interface BuildSiteOptions {
  notesDir: string;
  outDir: string;
  configFile?: string;
  overrides: Partial<SiteConfig>;
  minify: boolean;
  load?: SiteSessionOptions['load'];
  /** Told of every stage as it runs. */
  progress?: SiteSessionOptions['progress'];
  /** Keep parsed documents here between builds; none by default. */
  cacheDir?: string;
}

export const defaultBuildSiteOptions: Omit<BuildSiteOptions, 'notesDir'> = {
  outDir: '_site',
  overrides: {},
  minify: true,
};

/** Build the site; the returned session carries diagnostics, build errors and counts. */
export async function buildSite(options: Pick<BuildSiteOptions, 'notesDir'> & Partial<BuildSiteOptions>): Promise<SiteSession> {
  const settings = { ...defaultBuildSiteOptions, ...options };
  const outDir = path.resolve(settings.outDir);
  await removePreviousBuild(outDir);
  const session = new SiteSession({
    notesDir: path.resolve(settings.notesDir),
    outDir,
    configFile: settings.configFile,
    overrides: settings.overrides,
    minify: settings.minify,
    ...(settings.load ? { load: settings.load } : {}),
    ...(settings.progress ? { progress: settings.progress } : {}),
    ...(settings.cacheDir ? { cacheDir: settings.cacheDir } : {}),
  });
  await renderPages(session);
  await session.finish();
  return session;
}

/** Eleventy renders and writes the pages; nothing holds on to it (and its pages) afterwards. */
async function renderPages(session: SiteSession): Promise<void> {
  const eleventy = createEleventy(session, 'build');
  eleventy.disableLogger();
  await eleventy.write();
}

let tsxRegistered = false;

/**
 * Eleventy loads the `.11ty.ts` templates with Node's own `import()`, which needs tsx's loader
 * even when the caller runs under another one (vitest's, for the tests).
 */
function registerTypeScriptLoader(): void {
  if (tsxRegistered) return;
  register();
  tsxRegistered = true;
}

export function createEleventy(session: SiteSession, runMode: 'build' | 'serve', pathPrefix?: string, hooks?: EleventyHooks): Eleventy {
  registerTypeScriptLoader();
  return new Eleventy(TEMPLATES_DIR, session.options.outDir, {
    runMode,
    quietMode: true,
    // The configuration comes from the session below, not from a file in the working directory.
    configPath: false,
    ...(pathPrefix ? { pathPrefix } : {}),
    config: (eleventyConfig) => configureEleventy(eleventyConfig, session, hooks),
  });
}

/**
 * Pages of renamed notes must not linger, but only a folder that holds a previous build is
 * emptied: never one that merely happens to be named as the output.
 */
async function removePreviousBuild(outDir: string): Promise<void> {
  const marker = ['index.html', 'assets/site.css', 'graph.json'];
  try {
    await Promise.all(marker.map((f) => access(path.join(outDir, f))));
  } catch {
    return;
  }
  await rm(outDir, { recursive: true, force: true });
}
