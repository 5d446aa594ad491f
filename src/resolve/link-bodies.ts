/**
 * Linking every body at once: one linker over all titles, each record's body replaced by its
 * linked copy. Full notes claim a title before lines, lines before original titles (aliases),
 * and stubs come last, so a title names the most substantial record that has it.
 */
import type { InquiringLine, Note } from '../model.ts';
import type { FileLookup } from './document-files.ts';
import { createMentionLinker, type LinkTarget, type MentionLinker } from './link-mentions.ts';
import type { ResolveMemory } from './resolve-memory.ts';
import { defaultVaultOptions, linksInProse, type MentionMode, type VaultOptions } from './vault-options.ts';

export function linkBodies(
  lines: readonly InquiringLine[],
  fullNotes: readonly Note[],
  stubs: readonly Note[],
  fileOf: FileLookup,
  memory: ResolveMemory,
  mentions: VaultOptions['mentions'] = defaultVaultOptions.mentions,
  aliases: ReadonlyMap<string, readonly string[]> = new Map(),
): void {
  const targets: LinkTarget[] = [
    ...fullNotes.map((note) => ({ id: note.id, url: note.url, titles: [note.title] })),
    ...lines.map((line) => ({ id: line.id, url: line.url, titles: [line.title] })),
    ...fullNotes.flatMap((note) => (note.originalTitle ? [{ id: note.id, url: note.url, titles: [note.originalTitle] }] : [])),
    ...[...lines, ...fullNotes].flatMap((record) => (aliases.has(record.id) ? [{ id: record.id, url: record.url, titles: aliases.get(record.id)! }] : [])),
    ...stubs.map((stub) => ({ id: stub.id, url: stub.url, titles: [stub.title] })),
  ];
  // One linker per mode, looked up once per call (comparing the targets is a pass over all of them).
  const linkers = new Map<MentionMode, MentionLinker>();
  for (const record of [...lines, ...fullNotes]) {
    const mode = mentions[record.format ?? 'export'];
    let linker = linkers.get(mode);
    if (linker === undefined) linkers.set(mode, (linker = linkerFor(targets, mode, memory)));
    const titles = [record.title, ...(record.kind === 'note' && record.originalTitle ? [record.originalTitle] : []), ...(aliases.get(record.id) ?? [])];
    record.body = linker.link(record.body, { id: record.id, titles }, fileOf(record.file));
  }
}

/** The memory's linker for `mode` when it was made for the same targets (see `resolve-memory.ts`), else a new one. */
function linkerFor(targets: readonly LinkTarget[], mode: MentionMode, memory: ResolveMemory): MentionLinker {
  let kept = memory.linkers.get(mode);
  if (kept === undefined || !sameTargets(kept.targets, targets)) memory.linkers.set(mode, (kept = { targets, linker: createMentionLinker(targets, (title) => linksInProse(title, mode)) }));
  return kept.linker;
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
