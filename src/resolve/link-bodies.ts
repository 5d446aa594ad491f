/**
 * Linking every body at once: one linker over all titles, each record's body replaced by its
 * linked copy. Full notes claim a title before lines, lines before original titles (aliases),
 * and stubs come last, so a title names the most substantial record that has it.
 */
import type { InquiringLine, Note } from '../model.ts';
import type { FileLookup } from './document-files.ts';
import { createMentionLinker, type LinkTarget, type MentionLinker } from './link-mentions.ts';
import { ResolveMemory } from './resolve-memory.ts';

export function linkBodies(
  lines: readonly InquiringLine[],
  fullNotes: readonly Note[],
  stubs: readonly Note[],
  fileOf: FileLookup,
  memory: ResolveMemory = new ResolveMemory(),
): void {
  const targets: LinkTarget[] = [
    ...fullNotes.map((note) => ({ id: note.id, url: note.url, titles: [note.title] })),
    ...lines.map((line) => ({ id: line.id, url: line.url, titles: [line.title] })),
    ...fullNotes.flatMap((note) => (note.originalTitle ? [{ id: note.id, url: note.url, titles: [note.originalTitle] }] : [])),
    ...stubs.map((stub) => ({ id: stub.id, url: stub.url, titles: [stub.title] })),
  ];
  const linker = linkerFor(targets, memory);
  for (const record of [...lines, ...fullNotes]) {
    const titles = record.kind === 'note' && record.originalTitle ? [record.title, record.originalTitle] : [record.title];
    record.body = linker.link(record.body, { id: record.id, titles }, fileOf(record.file));
  }
}

/** The memory's linker when it was made for the same targets (see `resolve-memory.ts`), else a new one. */
function linkerFor(targets: readonly LinkTarget[], memory: ResolveMemory): MentionLinker {
  const last = memory.linker;
  if (last !== undefined && sameTargets(last.targets, targets)) return last.linker;
  memory.linker = { targets, linker: createMentionLinker(targets) };
  return memory.linker.linker;
}

function sameTargets(a: readonly LinkTarget[], b: readonly LinkTarget[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.url !== y.url || x.titles.length !== y.titles.length || x.titles.some((title, k) => title !== y.titles[k])) return false;
  }
  return true;
}
