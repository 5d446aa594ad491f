/**
 * Full-text search: Pagefind indexes the built HTML (only `data-pagefind-body` pages: records)
 * and writes its bundle to `<out>/pagefind/`.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

export async function writeSearchIndex(outDir: string, language: string): Promise<SearchIndexResult> {
  const errors: string[] = [];
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
    errors.push(...createErrors);
    if (!index) return { pages: 0, errors };
    const added = await index.addDirectory({ path: outDir });
    errors.push(...added.errors);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    errors.push(...written.errors);
    return { pages: added.page_count, errors };
  } finally {
    await pagefind.close();
  }
}
