/**
 * The full-text search index, written by the build from the records (`search-documents.ts`), not
 * read back out of the rendered pages: a manifest at `search/index.json` and the shards and
 * document files beside it (`search-schema.ts`). Only the search page (and the home page's box,
 * once used) fetches the manifest, and a query then fetches the few shards its words are in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Atlas } from '../../model.ts';
import { searchDocuments } from './search-documents.ts';
import { buildSearchIndex } from './search-index-builder.ts';
import { SEARCH_FOLDERS, SEARCH_INDEX_URL } from '../../wire/search-schema.ts';
import { writeIntoFolder } from './write-into-folder.ts';

/** Where the manifest goes, relative to the site folder. */
export const SEARCH_INDEX_FILE = SEARCH_INDEX_URL.slice(1);

/** The folder of the index, relative to the site folder (the search page lives there too). */
const SEARCH_DIR = path.posix.dirname(SEARCH_INDEX_FILE);

/** True for a file of the index (manifest, shard or document), by its path relative to the site folder. */
export function isSearchIndexFile(relative: string): boolean {
  if (relative === SEARCH_INDEX_FILE) return true;
  const folders = Object.values(SEARCH_FOLDERS).map((f) => `${SEARCH_DIR}/${f}/`);
  return folders.some((folder) => relative.startsWith(folder));
}

/** Every file of the index of `atlas`, by path relative to the site folder, the manifest last. */
export function siteSearchIndex(atlas: Atlas): { files: Map<string, string>; documents: number } {
  const documents = searchDocuments(atlas);
  const built = buildSearchIndex(documents, atlas.collections.map((c) => ({ id: c.id, slug: c.slug, name: c.name })));
  const files = new Map<string, string>();
  const put = (folder: string, extension: string, contents: readonly string[]) => contents.forEach((content, n) => files.set(`${SEARCH_DIR}/${folder}/${n}.${extension}`, content));
  put(SEARCH_FOLDERS.documents, 'txt', built.documents);
  put(SEARCH_FOLDERS.terms, 'json', built.termShards);
  put(SEARCH_FOLDERS.pairs, 'json', built.pairShards);
  // Last: whoever reads the manifest finds the files it names already written.
  files.set(SEARCH_INDEX_FILE, JSON.stringify(built.manifest));
  return { files, documents: documents.length };
}

/**
 * Build the index of `atlas` and write it under `outDir` (a fresh build); the number of documents
 * indexed. Twelve thousand small files at full size: written one after the other, synchronously,
 * they cost a third of the CPU time of as many promises (0.5 s against 1.3 s), in the same time.
 */
export function writeSearchIndex(outDir: string, atlas: Atlas): number {
  const { files, documents } = siteSearchIndex(atlas);
  for (const folder of Object.values(SEARCH_FOLDERS)) mkdirSync(path.join(outDir, SEARCH_DIR, folder), { recursive: true });
  for (const [file, content] of files) writeFileSync(path.join(outDir, file), content);
  return documents;
}

/**
 * Bring the index under `outDir` up to date with `atlas` (`atlas serve`): write the files that
 * changed, the manifest last and whole, then remove the files no longer named. Returns the files
 * written or removed.
 */
export async function updateSearchIndex(outDir: string, atlas: Atlas): Promise<string[]> {
  const { files } = siteSearchIndex(atlas);
  const changed: string[] = [];
  const manifest = files.get(SEARCH_INDEX_FILE)!;
  files.delete(SEARCH_INDEX_FILE);
  await writeInBatches([...files], async ([file, content]) => {
    const full = path.join(outDir, file);
    if ((await readFile(full, 'utf8').catch(() => undefined)) === content) return;
    await writeIntoFolder(full, content);
    changed.push(file);
  });
  const full = path.join(outDir, SEARCH_INDEX_FILE);
  if ((await readFile(full, 'utf8').catch(() => undefined)) !== manifest) {
    // The search page may be fetching it this moment: it gets the old manifest or the new, whole.
    const temporary = `${full}.${process.pid}.tmp`;
    await writeIntoFolder(temporary, manifest);
    await rename(temporary, full);
    changed.push(SEARCH_INDEX_FILE);
  }
  for (const folder of Object.values(SEARCH_FOLDERS)) {
    const names = await readdir(path.join(outDir, SEARCH_DIR, folder)).catch(() => [] as string[]);
    for (const name of names) {
      const file = `${SEARCH_DIR}/${folder}/${name}`;
      if (files.has(file)) continue;
      await rm(path.join(outDir, file), { force: true });
      changed.push(file);
    }
  }
  return changed.sort();
}

/** Thousands of small files: a few dozen writes in flight at once, not all of them. */
async function writeInBatches<T>(items: readonly T[], write: (item: T) => Promise<void>, width = 64): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await write(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
