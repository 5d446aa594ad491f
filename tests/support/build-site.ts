/**
 * Build a notes folder (or a ready-made atlas) into a fresh temporary folder, for tests that
 * assert on the output. Each call builds once; call it in `beforeAll`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BuiltAtlas } from '../../src/atlas.ts';
import type { SiteConfig } from '../../src/config/site-config.ts';
import { buildSite } from '../../src/site/eleventy/build-site.ts';
import type { SitePipeline } from '../../src/site/site-pipeline.ts';

export interface TestSite {
  outDir: string;
  session: SitePipeline;
  remove(): Promise<void>;
}

export interface TestSiteOptions {
  overrides?: Partial<SiteConfig>;
  configFile?: string;
  /** Build this atlas instead of reading `notesDir`. */
  atlas?: () => BuiltAtlas;
}

export async function buildTestSite(notesDir: string, options: TestSiteOptions = {}): Promise<TestSite> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-site-'));
  const atlas = options.atlas;
  const session = await buildSite({
    notesDir,
    outDir,
    overrides: options.overrides ?? {},
    configFile: options.configFile,
    ...(atlas ? { load: () => Promise.resolve(atlas()) } : {}),
  });
  return { outDir, session, remove: () => rm(outDir, { recursive: true, force: true }) };
}
