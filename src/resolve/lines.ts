/**
 * Inquiring lines as records: id, slug and url for each parsed line, before their references
 * (sources, next lines, papers) are resolved.
 */
import type { InquiringLine, ParsedInquiringLine } from '../model.ts';
import { recordId, recordUrl } from './addresses.ts';
import type { FileLookup } from './document-files.ts';
import { reportDuplicateTitle } from './duplicate-title.ts';
import { claimDocumentSlug } from './document-slug.ts';
import type { SlugRegistry } from './slug.ts';
import { noFolder, type FolderOf } from './folder-slug.ts';
import { createTitleIndex, type TitleIndex } from './title-index.ts';

export interface LineEntry {
  doc: ParsedInquiringLine;
  record: InquiringLine;
}

/** Records for `docs` (in sorted file order) and the index of their titles, first file first. */
export function createLines(
  docs: readonly ParsedInquiringLine[],
  slugs: SlugRegistry,
  fileOf: FileLookup,
  maxSlugLength: number,
  folderOf: FolderOf = noFolder,
): { lines: LineEntry[]; titles: TitleIndex } {
  const titles = createTitleIndex();
  const lines: LineEntry[] = [];
  const pathOf = new Map<string, string>();
  for (const doc of docs) {
    const file = fileOf(doc.file);
    const slug = claimDocumentSlug({ slug: doc.slug, title: doc.title, folder: folderOf(doc), path: doc.file, position: doc.position }, slugs, maxSlugLength, file);
    const id = recordId('inquiring-line', slug);
    const { sources: _sources, prompt: _prompt, next: _next, slug: _slug, file: _file, ...rest } = doc;
    // `rest` is this record's own copy: added to in place, as `{ ...rest, kind, id, … }` would
    // build it, field order included (Node 20 builds such a spread in its runtime, many times
    // slower: at corpus scale, whole percents of resolving).
    const record: InquiringLine = Object.assign(rest, {
      kind: 'inquiring-line' as const,
      id,
      slug,
      url: doc.permalink ?? recordUrl('inquiring-line', slug),
      file: doc.file,
      sources: [],
      next: [],
      suggestedNext: [],
    });
    const held = titles.add(doc.title, id);
    if (held !== undefined) reportDuplicateTitle(file, doc.title, pathOf.get(held) ?? held, doc.position);
    pathOf.set(id, doc.file);
    lines.push({ doc, record });
  }
  return { lines, titles };
}
