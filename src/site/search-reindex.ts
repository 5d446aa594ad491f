/**
 * The search index of a site already on disk, built again from its pages (`atlas serve`, after
 * edits: Pagefind cannot change an index in place). Same pages, same exclusions as a build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchIndexResult } from './search-index.ts';
import { SearchIndexer } from './search-index.ts';

export async function reindexSite(outDir: string, language: string): Promise<SearchIndexResult> {
  const indexer = new SearchIndexer({ language });
  const pages = (await readdir(outDir, { recursive: true }))
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => p.endsWith('index.html') && !p.startsWith('pagefind/'))
    .sort();
  for (const page of pages) indexer.add(`/${page.slice(0, -'index.html'.length)}`, await readFile(path.join(outDir, page), 'utf8'));
  return indexer.write(outDir);
}
