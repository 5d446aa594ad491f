/**
 * Where to go after a line: the next lines its file names (resolved by title), or, when it names
 * none, the other lines that share the most sources with it.
 */
import { report } from '../diagnostics.ts';
import type { FileLookup } from './document-files.ts';
import type { LineEntry } from './lines.ts';
import { normalizeTitle } from './normalize-title.ts';
import { compareText } from './record-order.ts';
import type { TitleIndex } from './title-index.ts';

/** Fill `next` of each line; a title no line has stays, with `target: null`, and is reported. */
export function resolveNext(lines: readonly LineEntry[], titles: TitleIndex, fileOf: FileLookup): void {
  for (const { doc, record } of lines) {
    record.next = doc.next.map((ref) => {
      const target = titles.get(ref.title) ?? null;
      const file = fileOf(doc.file);
      if (target === null && file) {
        report(file, `Unresolved next line \`${ref.title}\`, expected the title of an inquiring line`, ref.position, 'unresolved-next');
      } else if (target === record.id && file) {
        report(file, `Unexpected next line \`${ref.title}\`: it is this line itself`, ref.position, 'self-reference');
      }
      return Object.assign({}, ref, { target }); // `{ ...ref, target }`, faster (see note-references.ts)
    });
  }
}

/**
 * For each line that lists no next lines, up to `count` other lines sharing at least one source,
 * most shared sources first, ties by title then id.
 */
export function suggestNext(lines: readonly LineEntry[], count: number): void {
  // Lines by index: counting shared sources touches every (line, co-citing line) pair, so the
  // counts live in a typed array rather than in maps keyed by id.
  const records = lines.map(({ record }) => record);
  // Each line's distinct source notes, once: both passes below walk them.
  const targets = records.map((record) => distinct(record.sources.map((source) => source.target)));
  const citing = new Map<string, number[]>();
  targets.forEach((own, index) => {
    for (const target of own) {
      let citers = citing.get(target);
      if (!citers) citing.set(target, (citers = []));
      citers.push(index);
    }
  });
  // Each line's sort key once, not once per line that might suggest it.
  const keys = records.map((record) => normalizeTitle(record.title));
  const ids = records.map((record) => record.id);
  const shared = new Int32Array(records.length);
  /** Most shared sources first, then by title, then by id: a total order (ids are unique). */
  const before = (a: number, b: number): boolean => (shared[b]! - shared[a]! || compareText(keys[a]!, keys[b]!) || compareText(ids[a]!, ids[b]!)) < 0;
  const touched: number[] = [];
  records.forEach((record, index) => {
    record.suggestedNext = [];
    if (record.next.length > 0 || count <= 0) return;
    for (const target of targets[index]!) {
      for (const other of citing.get(target) ?? []) {
        if (other !== index && shared[other]!++ === 0) touched.push(other);
      }
    }
    record.suggestedNext = best(touched, count, before).map((other) => ids[other]!);
    for (const other of touched) shared[other] = 0;
    touched.length = 0;
  });
}

/** `items` without repeats, first appearance first (as iterating a `Set` of them gives). */
function distinct(items: readonly string[]): string[] {
  return items.length < 2 ? [...items] : [...new Set(items)];
}

/** The first `count` of `items` in the order `before` defines, first first. */
function best(items: readonly number[], count: number, before: (a: number, b: number) => boolean): number[] {
  // Few are kept of possibly thousands: a partial insertion sort, unless many are wanted.
  if (count > FEW) return [...items].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).slice(0, count);
  const kept: number[] = [];
  for (const item of items) {
    if (kept.length === count && !before(item, kept[count - 1]!)) continue;
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && before(item, kept[at - 1]!)) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = item;
  }
  return kept;
}

/** Up to this many suggestions are picked by insertion; more by sorting everything. */
const FEW = 16;
