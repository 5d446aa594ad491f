/**
 * `loadAtlas` with its stages reported (read, parse file by file, resolve), for `atlas build`'s
 * progress. Same steps in the same order as `buildAtlas`, so the atlas is the same.
 */
import type { BuiltAtlas } from '../atlas.ts';
import type { ParsedDocument } from '../model.ts';
import { collectDiagnostics } from '../diagnostics.ts';
import { parseDocument } from '../parse/index.ts';
import { resolveAtlas } from '../resolve/index.ts';
import type { BuildProgress } from '../site/build-progress.ts';
import { readNotes } from './read-notes.ts';
import type { VaultOptions } from '../resolve/vault-options.ts';
import { ignoredFile, ignoreMatcher, keepPublished } from './privacy.ts';

/** Progress is reported every this many files: often enough for a bar, cheap enough for 10,000. */
const ADVANCE_EVERY = 50;

export async function loadAtlasInStages(dir: string, progress: BuildProgress, vault?: VaultOptions, ignore: readonly string[] = []): Promise<BuiltAtlas> {
  progress.start('read');
  const isIgnored = ignoreMatcher(ignore);
  const ignoredPaths: string[] = [];
  const files = (await readNotes(dir)).map((file) => {
    if (!isIgnored(file.path)) return file;
    ignoredPaths.push(file.path);
    return ignoredFile(file);
  });
  progress.end('read', files.length);

  const noteFiles = files.filter((file) => file.value !== undefined); // others carry their own message
  progress.start('parse', noteFiles.length);
  const documents: ParsedDocument[] = [];
  for (const [i, file] of noteFiles.entries()) {
    const doc = parseDocument(file);
    if (doc) documents.push(doc);
    if ((i + 1) % ADVANCE_EVERY === 0) progress.advance('parse', i + 1);
  }
  progress.end('parse', noteFiles.length);

  progress.start('resolve');
  const published = keepPublished(documents, files, ignoredPaths);
  const atlas = resolveAtlas(published.documents, files, vault ? { vault } : {});
  progress.end('resolve', atlas.graph.edges.length);
  return { atlas, documents: published.documents, files, diagnostics: collectDiagnostics(files), privateTitles: published.privateTitles };
}
