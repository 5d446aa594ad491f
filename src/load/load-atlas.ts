import type { BuiltAtlas } from '../library/library.ts';
import { Library } from '../library/library.ts';

/** Read the notes folder `dir` and build its atlas (a `Library` used once). */
export async function loadAtlas(dir: string): Promise<BuiltAtlas> {
  const { atlas, documents, files, diagnostics } = await new Library(dir).load();
  return { atlas, documents, files, diagnostics };
}
