import type { BuiltAtlas } from '../library/library.ts';
import { readSiteConfig } from '../config/read-site-config.ts';
import { silentProgress } from '../library/build-progress.ts';
import { loadAtlasInStages } from './load-atlas-in-stages.ts';

/** Read the notes folder `dir` and build its atlas (a `Library` used once, by its settings' `urls:`, `mentions:` and `ignore:`). */
export async function loadAtlas(dir: string): Promise<BuiltAtlas> {
  const { config } = await readSiteConfig(dir);
  return loadAtlasInStages(dir, silentProgress, config.vault, config.ignore);
}
