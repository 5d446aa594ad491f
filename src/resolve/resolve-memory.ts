/**
 * What resolving once can lend to resolving again: handed in by its owner (the `Library`, which
 * keeps one for as long as it keeps the notes), never kept by the resolver's modules, so two
 * libraries never share one and a plain `resolveAtlas` call remembers nothing.
 *
 * - `linkers`: the last mention linker of each mention mode and the targets it was made for. `atlas serve` resolves the
 *   whole atlas again after every edit, and an edit seldom changes a title, so the automaton over
 *   every title and the bodies it already linked (all but the edited file's) are used again, the
 *   same links and the same reports, instead of building and scanning everything anew.
 * - `mentionTargets`: the mention links of each linked body. Bodies are immutable and, resolved
 *   again unchanged, the very same objects, so their mentions are found once.
 * - `datePrecision`: a corpus cites a few dozen distinct dates tens of thousands of times.
 */
import type { LinkTarget, MentionLinker } from './link-mentions.ts';
import type { MentionMode } from './vault-options.ts';

export class ResolveMemory {
  readonly linkers = new Map<MentionMode, { targets: readonly LinkTarget[]; linker: MentionLinker }>();
  readonly mentionTargets = new WeakMap<object, readonly string[]>();
  readonly datePrecision = new Map<string, number>();
}
