/**
 * `loadAtlas` with its stages reported (read, parse file by file, resolve), for callers that
 * show progress. Both are a `Library`'s `load`, so the atlas is the same.
 */
import type { BuiltAtlas, LibrarySettings } from '../library/library.ts';
import { Library } from '../library/library.ts';
import type { BuildProgress } from '../library/build-progress.ts';
import type { VaultOptions } from '../resolve/vault-options.ts';

export async function loadAtlasInStages(dir: string, progress: BuildProgress, vault?: VaultOptions, ignore: readonly string[] = []): Promise<BuiltAtlas> {
  const settings: LibrarySettings = { ignore, ...(vault ? { vault } : {}) };
  const { atlas, documents, files, diagnostics, privateTitles } = await new Library(dir).load(progress, settings);
  return { atlas, documents, files, diagnostics, ...(privateTitles ? { privateTitles } : {}) };
}
