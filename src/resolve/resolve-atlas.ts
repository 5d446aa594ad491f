/**
 * The resolver: parsed documents in, one atlas out — every record with its id, slug and url,
 * every reference with its target, stubs for notes known only by name, papers, collections, and
 * the graph. Pure and deterministic: documents are taken in file order whatever order they come
 * in, and problems are reported on the VFile of the document that has them.
 */
import type { VFile } from 'vfile';
import type { Atlas, ParsedDocument, ParsedInquiringLine, ParsedNote } from '../model.ts';
import { resolveCollections } from './collections.ts';
import { createFileLookup } from './document-files.ts';
import { buildGraph } from './graph.ts';
import { linkBodies } from './link-bodies.ts';
import { createLines } from './lines.ts';
import { resolveNext, suggestNext } from './next-lines.ts';
import { createNoteReferences, resolveRelated, resolveSources } from './note-references.ts';
import { createNotes } from './notes.ts';
import { resolvePapers } from './papers.ts';
import { compareText, sortByTitle } from './record-order.ts';
import { createSlugRegistry, MAX_SLUG_LENGTH } from './slug.ts';
import { ResolveMemory } from './resolve-memory.ts';
import { createStubRegistry } from './stubs.ts';
import { folderSlugs } from './folder-slug.ts';
import { linkVault } from './vault-links.ts';
import { defaultVaultOptions, type VaultOptions } from './vault-options.ts';

export interface ResolveOptions {
  /** Longest slug, in characters; longer ones are cut at a hyphen. */
  maxSlugLength?: number;
  /** How many next lines to suggest for a line that lists none. */
  suggestedNextCount?: number;
  /** What an earlier resolve of the same library can lend this one (see `resolve-memory.ts`); none by default. */
  memory?: ResolveMemory;
  /** Urls and prose mentions of vault notes (`atlas.config.yml`'s `urls:` and `mentions:`). */
  vault?: VaultOptions;
}

export const RESOLVE_DEFAULTS: Readonly<Required<Omit<ResolveOptions, 'memory'>>> = {
  maxSlugLength: MAX_SLUG_LENGTH,
  suggestedNextCount: 3,
  vault: defaultVaultOptions,
};

export function resolveAtlas(docs: readonly ParsedDocument[], files: readonly VFile[], options: ResolveOptions = {}): Atlas {
  const { maxSlugLength, suggestedNextCount, vault } = { ...RESOLVE_DEFAULTS, ...options };
  const memory = options.memory ?? new ResolveMemory();
  const folderOf = folderSlugs(vault.urls);
  const fileOf = createFileLookup(files);
  const sorted = sortDocuments(docs);

  const lineSlugs = createSlugRegistry(maxSlugLength);
  const noteSlugs = createSlugRegistry(maxSlugLength);
  const lineDocs = sorted.filter((doc): doc is ParsedInquiringLine => doc.kind === 'inquiring-line');
  const noteDocs = sorted.filter((doc): doc is ParsedNote => doc.kind === 'note');
  const { lines, titles: lineTitles } = createLines(lineDocs, lineSlugs, fileOf, maxSlugLength, folderOf);
  const fullNotes = createNotes(noteDocs, noteSlugs, fileOf, maxSlugLength, folderOf);
  // Created after every full note has its slug, so a stub never takes one from a file.
  const stubs = createStubRegistry(noteSlugs, maxSlugLength);
  const references = createNoteReferences(fullNotes, stubs);

  // References in file order, so a stub is titled as the first file (in sorted order) wrote it.
  let nextLine = 0;
  let nextNote = 0;
  for (const doc of sorted) {
    if (doc.kind === 'inquiring-line') resolveSources(lines[nextLine++]!, references);
    else if (doc.kind === 'note') resolveRelated(fullNotes.notes[nextNote++]!, references, fileOf);
  }

  const full = fullNotes.notes.map(({ record }) => record);
  const stubNotes = stubs.all();
  const collections = resolveCollections([...full, ...stubNotes], maxSlugLength);
  const papers = resolvePapers(
    lines.map(({ doc, record }) => ({ record, prompt: doc.prompt })),
    memory,
  );
  resolveNext(lines, lineTitles, fileOf);
  suggestNext(lines, suggestedNextCount);
  const lineRecords = lines.map(({ record }) => record);
  // Obsidian's explicit links first: the mention linker then finds them as links already.
  const { attachments, aliases } = linkVault({ lines: lineRecords, fullNotes: full, stubs: stubNotes, files, fileOf });
  linkBodies(lineRecords, full, stubNotes, fileOf, memory, vault.mentions, aliases);

  const records = {
    lines: sortByTitle(lineRecords),
    notes: sortByTitle([...full, ...stubNotes]),
    papers: sortByTitle(papers),
    collections: sortByTitle(collections),
  };
  const atlas: Atlas = { ...records, graph: buildGraph(records, memory) };
  if (attachments.length > 0) atlas.attachments = attachments;
  return atlas;
}

/** Documents by file path; kind and title break ties so even a repeated path has one order. */
function sortDocuments(docs: readonly ParsedDocument[]): ParsedDocument[] {
  return [...docs].sort((a, b) => compareText(a.file, b.file) || compareText(a.kind, b.kind) || compareText(a.title, b.title) || compareText(JSON.stringify(a), JSON.stringify(b)));
}
