/**
 * The data layer in one call: input files → parsed documents → one resolved atlas, with every
 * problem collected as a diagnostic. Pure: the caller does the reading.
 */
import type { VFile } from 'vfile';
import type { Atlas, Diagnostic, ParsedDocument } from './model.ts';
import { collectDiagnostics } from './diagnostics.ts';
import { parseDocument } from './parse/index.ts';
import { resolveAtlas, type ResolveOptions } from './resolve/index.ts';
import { keepPublished } from './load/privacy.ts';

export interface BuiltAtlas {
  atlas: Atlas;
  documents: ParsedDocument[];
  files: VFile[];
  diagnostics: Diagnostic[];
  /** Folded titles of unpublished notes (`src/load/privacy.ts`), so `atlas serve` keeps them out too. */
  privateTitles?: ReadonlySet<string>;
}

export function buildAtlas(files: VFile[], options: ResolveOptions = {}): BuiltAtlas {
  const documents: ParsedDocument[] = [];
  for (const file of files) {
    if (file.value === undefined) continue; // not a note file; it carries its own message
    const doc = parseDocument(file);
    if (doc) documents.push(doc);
  }
  const published = keepPublished(documents, files, []);
  const atlas = resolveAtlas(published.documents, files, options);
  return { atlas, documents: published.documents, files, diagnostics: collectDiagnostics(files), privateTitles: published.privateTitles };
}
