/**
 * Linking every body at once: one linker over all titles, each record's body replaced by its
 * linked copy. Full notes claim a title before lines, lines before original titles (aliases),
 * and stubs come last, so a title names the most substantial record that has it.
 */
import type { InquiringLine, Note } from '../model.ts';
import type { FileLookup } from './document-files.ts';
import { createMentionLinker, type LinkTarget } from './link-mentions.ts';

export function linkBodies(lines: readonly InquiringLine[], fullNotes: readonly Note[], stubs: readonly Note[], fileOf: FileLookup): void {
  const targets: LinkTarget[] = [
    ...fullNotes.map((note) => ({ id: note.id, url: note.url, titles: [note.title] })),
    ...lines.map((line) => ({ id: line.id, url: line.url, titles: [line.title] })),
    ...fullNotes.flatMap((note) => (note.originalTitle ? [{ id: note.id, url: note.url, titles: [note.originalTitle] }] : [])),
    ...stubs.map((stub) => ({ id: stub.id, url: stub.url, titles: [stub.title] })),
  ];
  const linker = createMentionLinker(targets);
  for (const record of [...lines, ...fullNotes]) {
    const titles = record.kind === 'note' && record.originalTitle ? [record.title, record.originalTitle] : [record.title];
    record.body = linker.link(record.body, { id: record.id, titles }, fileOf(record.file));
  }
}
