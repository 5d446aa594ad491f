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
      return { ...ref, target };
    });
  }
}

/**
 * For each line that lists no next lines, up to `count` other lines sharing at least one source,
 * most shared sources first, ties by title then id.
 */
export function suggestNext(lines: readonly LineEntry[], count: number): void {
  const citing = new Map<string, Set<string>>();
  for (const { record } of lines) {
    for (const source of record.sources) {
      let set = citing.get(source.target);
      if (!set) citing.set(source.target, (set = new Set()));
      set.add(record.id);
    }
  }
  const byId = new Map(lines.map(({ record }) => [record.id, record]));
  for (const { record } of lines) {
    record.suggestedNext = [];
    if (record.next.length > 0 || count <= 0) continue;
    const shared = new Map<string, number>();
    for (const target of new Set(record.sources.map((source) => source.target))) {
      for (const other of citing.get(target) ?? []) {
        if (other !== record.id) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    record.suggestedNext = [...shared]
      .map(([id, n]) => ({ id, n, key: normalizeTitle(byId.get(id)?.title ?? '') }))
      .sort((a, b) => b.n - a.n || compareText(a.key, b.key) || compareText(a.id, b.id))
      .slice(0, count)
      .map(({ id }) => id);
  }
}
