/**
 * Full notes as records: id, slug and url for each parsed note, and the index that resolves a
 * title to a note — by its title first, then by its original (claim-style) title as an alias.
 */
import type { Note, ParsedNote } from '../model.ts';
import { recordId, recordUrl } from './addresses.ts';
import type { FileLookup } from './document-files.ts';
import { claimDocumentSlug } from './document-slug.ts';
import { reportDuplicateTitle } from './duplicate-title.ts';
import type { SlugRegistry } from './slug.ts';
import { noFolder, type FolderOf } from './folder-slug.ts';
import { createTitleIndex, type TitleIndex } from './title-index.ts';

export interface NoteEntry {
  doc: ParsedNote;
  record: Note;
}

export interface FullNotes {
  notes: NoteEntry[];
  /** Note ids by title, first file first. */
  titles: TitleIndex;
  /** Note ids by original title, consulted when no note has the title itself. */
  aliases: TitleIndex;
}

/** Records for `docs` (in sorted file order). Their `related` are resolved later, with the stubs. */
export function createNotes(docs: readonly ParsedNote[], slugs: SlugRegistry, fileOf: FileLookup, maxSlugLength: number, folderOf: FolderOf = noFolder): FullNotes {
  const titles = createTitleIndex();
  const aliases = createTitleIndex();
  const notes: NoteEntry[] = [];
  const pathOf = new Map<string, string>();
  for (const doc of docs) {
    const file = fileOf(doc.file);
    // The claim-style original title makes the more telling url, when the note has one.
    const named = doc.originalTitle?.trim() ? doc.originalTitle : doc.title;
    const slug = claimDocumentSlug({ slug: doc.slug, title: named, folder: folderOf(doc), path: doc.file, position: doc.position }, slugs, maxSlugLength, file);
    const id = recordId('note', slug);
    const { related: _related, slug: _slug, file: _file, ...rest } = doc;
    // In place rather than `{ ...rest, kind, id, … }`: the same object, built faster (see lines.ts).
    const record: Note = Object.assign(rest, {
      kind: 'note' as const,
      id,
      slug,
      url: doc.permalink ?? recordUrl('note', slug),
      file: doc.file,
      format: doc.format,
      related: [],
      stub: false,
      testimony: [],
    });
    const held = titles.add(doc.title, id);
    if (held !== undefined) reportDuplicateTitle(file, doc.title, pathOf.get(held) ?? held, doc.position);
    if (doc.originalTitle !== undefined) aliases.add(doc.originalTitle, id);
    pathOf.set(id, doc.file);
    notes.push({ doc, record });
  }
  return { notes, titles, aliases };
}
