/**
 * The full-text search index, written by the build from the records (`search-documents.ts`), not
 * read back out of the rendered pages: a manifest at `search/index.json` and the shards and
 * document files beside it (`search-schema.ts`). Only the search page (and the home page's box,
 * once used) fetches the manifest, and a query then fetches the few shards its words are in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Atlas } from '../../model.ts';
import { searchDocuments } from './search-documents.ts';
import { buildSearchIndex } from './search-index-builder.ts';
import { SEARCH_FOLDERS, SEARCH_INDEX_URL } from '../../wire/search-schema.ts';
import { writeIfChanged, writeInBatches } from './write-into-folder.ts';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from './emitter.ts';

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
  const built = buildSearchIndex(
    documents,
    atlas.collections.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
  );
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
 * The search index as an emitter: one output of a few thousand files, since any record's words
 * move the shards. Written whole on a clean build; on an update, only the files whose bytes
 * changed, the manifest last and whole (the search page may be fetching it that moment).
 */
export function searchEmitter(options: { onIndexed?: (documents: number) => void } = {}): Emitter {
  return {
    name: 'search',
    plan(): PlannedOutput[] {
      return [{ path: SEARCH_INDEX_FILE, reads: 'all' }];
    },
    async write({ site, outDir, progress }: EmitContext): Promise<Emitted> {
      progress.start('index');
      const errors: string[] = [];
      let made: string[] = [];
      let documents = 0;
      try {
        const index = siteSearchIndex(site.atlas);
        documents = index.documents;
        made = [...index.files.keys()];
        await writeIndexFiles(outDir, index.files);
      } catch (error) {
        errors.push(`Search index: ${(error as Error).message}`);
      }
      options.onIndexed?.(documents);
      progress.end('index', documents);
      return { files: new Map([[SEARCH_INDEX_FILE, made]]), errors };
    },
  };
}

/**
 * Write the index's files, the manifest last: into an empty folder one after the other,
 * synchronously (twelve thousand small files cost a third of the CPU time of as many promises),
 * else only those whose bytes changed.
 */
async function writeIndexFiles(outDir: string, files: Map<string, string>): Promise<void> {
  const manifestFile = path.join(outDir, SEARCH_INDEX_FILE);
  if (!existsSync(manifestFile)) {
    for (const folder of Object.values(SEARCH_FOLDERS)) mkdirSync(path.join(outDir, SEARCH_DIR, folder), { recursive: true });
    for (const [file, content] of files) writeFileSync(path.join(outDir, file), content);
    return;
  }
  const rest = [...files].filter(([file]) => file !== SEARCH_INDEX_FILE);
  await writeInBatches(rest, async ([file, content]) => void (await writeIfChanged(path.join(outDir, file), content)));
  await writeIfChanged(manifestFile, files.get(SEARCH_INDEX_FILE)!, { whole: true });
}
