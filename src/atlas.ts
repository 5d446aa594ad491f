/**
 * The data layer in one call: input files → parsed documents → one resolved atlas, with every
 * problem collected as a diagnostic. Pure: the caller does the reading.
 */
import type { VFile } from 'vfile';
import type { Atlas, Diagnostic, ParsedDocument } from './model.ts';
import { collectDiagnostics } from './diagnostics.ts';
import { parseDocument } from './parse/index.ts';
import { resolveAtlas, type ResolveOptions } from './resolve/index.ts';

export interface BuiltAtlas {
  atlas: Atlas;
  documents: ParsedDocument[];
  files: VFile[];
  diagnostics: Diagnostic[];
}

export function buildAtlas(files: VFile[], options: ResolveOptions = {}): BuiltAtlas {
  const documents: ParsedDocument[] = [];
  for (const file of files) {
    if (file.value === undefined) continue; // not a note file; it carries its own message
    const doc = parseDocument(file);
    if (doc) documents.push(doc);
  }
  const atlas = resolveAtlas(documents, files, options);
  return { atlas, documents, files, diagnostics: collectDiagnostics(files) };
}
