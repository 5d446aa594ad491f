/**
 * The data layer in one call, for the package's API and tests: input files → parsed documents →
 * one resolved atlas, with every problem collected as a diagnostic. Pure: the caller does the
 * reading, and nothing is kept between calls (a `Library` keeps what a next build can use).
 */
import type { VFile } from 'vfile';
import type { BuiltAtlas, LibrarySettings } from './library/library.ts';
import { Library } from './library/library.ts';

export type { BuiltAtlas } from './library/library.ts';

/** `settings`: the resolver's options (vault urls and mentions) and `ignore:` patterns. */
export function buildAtlas(files: VFile[], settings: LibrarySettings = {}): BuiltAtlas {
  const { atlas, documents, diagnostics, privateTitles } = new Library('').loadFiles(files, undefined, settings);
  return { atlas, documents, files, diagnostics, ...(privateTitles ? { privateTitles } : {}) };
}
