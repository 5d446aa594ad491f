/**
 * References to notes by title: a line's sources and a note's related concepts. Each resolves to a
 * full note (by title, then original title) or else to a stub, and what the referrer said of the
 * note is kept on it as testimony.
 */
import type { Note, Testimony } from '../model.ts';
import { report } from '../diagnostics.ts';
import type { FileLookup } from './document-files.ts';
import type { LineEntry } from './lines.ts';
import type { FullNotes, NoteEntry } from './notes.ts';
import { normalizeTitle } from './normalize-title.ts';
import type { StubRegistry } from './stubs.ts';

export interface NoteReferences {
  /** The note `title` names: a full note by title, then by original title, else a stub. */
  resolve(title: string): Note;
}

export function createNoteReferences(full: FullNotes, stubs: StubRegistry): NoteReferences {
  const byId = new Map(full.notes.map(({ record }) => [record.id, record]));
  return {
    resolve(title) {
      const key = normalizeTitle(title);
      const id = full.titles.getFolded(key) ?? full.aliases.getFolded(key);
      return (id === undefined ? undefined : byId.get(id)) ?? stubs.get(title, key);
    },
  };
}

/** Fill a line's `sources`, and give every source note the line's summary as testimony. */
export function resolveSources({ doc, record }: LineEntry, references: NoteReferences): void {
  record.sources = doc.sources.map((source) => {
    const note = references.resolve(source.title);
    addTestimony(note, { from: record.id, as: 'source', text: source.summary });
    // `{ ...source, target }`, built as Node 20 builds it fast (a spread with more fields after
    // it goes through its runtime, ten times slower, for each of 40,000 sources).
    return Object.assign({}, source, { target: note.id });
  });
}

/**
 * Fill a note's `related`. A related note gets the description and relation as testimony, and a
 * stub named under "Related concepts in this collection" joins the referrer's collection.
 */
export function resolveRelated({ doc, record }: NoteEntry, references: NoteReferences, fileOf: FileLookup): void {
  record.related = doc.related.map((related) => {
    const note = references.resolve(related.title);
    if (note.id === record.id) {
      const file = fileOf(doc.file);
      if (file) report(file, `Unexpected related concept \`${related.title}\`: it is this note itself`, related.position, 'self-reference');
      return Object.assign({}, related, { target: note.id });
    }
    addTestimony(note, { from: record.id, as: 'related', text: related.description, relation: related.relation });
    if (note.stub && note.collection === undefined && record.collection?.trim()) note.collection = record.collection.trim();
    return Object.assign({}, related, { target: note.id });
  });
}

/**
 * Add `testimony` unless the same referrer already said exactly that (a line listing a source
 * twice). Each record's references are resolved once, in one go, so whatever a referrer told this
 * note is at the end of its testimony: a repeat is found without keeping a key per testimony.
 */
function addTestimony(note: Note, testimony: Testimony): void {
  const told = note.testimony;
  for (let k = told.length - 1; k >= 0; k--) {
    const earlier = told[k]!;
    if (earlier.from !== testimony.from) break;
    if (earlier.as === testimony.as && earlier.text === testimony.text && earlier.relation === testimony.relation) return;
  }
  told.push(testimony);
}
