/**
 * `loadAtlas` with its stages reported (read, parse file by file, resolve), for callers that
 * show progress. Both are a `Library`'s `load`, so the atlas is the same.
 */
import type { BuiltAtlas } from '../library/library.ts';
import { Library } from '../library/library.ts';
import type { BuildProgress } from '../site/build-progress.ts';

export async function loadAtlasInStages(dir: string, progress: BuildProgress): Promise<BuiltAtlas> {
  const { atlas, documents, files, diagnostics } = await new Library(dir).load(progress);
  return { atlas, documents, files, diagnostics };
}
