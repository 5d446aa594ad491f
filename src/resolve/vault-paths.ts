/**
 * Finding files in a vault the way Obsidian does: a link names a note or attachment by its path
 * (relative to the linking note, or from the vault's root), by a path's last segments
 * (`folder/Note`), or by its file name alone, anywhere in the vault. Names compare without case
 * and a note's without its `.md`. When a name fits several files, the one in the linking note's
 * folder wins, then the shortest path (Obsidian's "shortest path when possible"), then the
 * first in path order; the others are returned so the caller can report the ambiguity.
 */

/** File endings read as notes; every other file a link names is an attachment. */
const NOTE_ENDING = /\.(?:md|markdown)$/i;

export interface PathMatch<T> {
  item: T;
  /** The other files the name also fits, when it was ambiguous. */
  others: string[];
}

export interface VaultPaths<T> {
  /** The item `target` names, seen from the file at `from`. `target` has no `#fragment`. */
  find(target: string, from: string): PathMatch<T> | undefined;
}

/**
 * An index over `items` by path. `notes`: match names without their `.md` ending (a link to a
 * note may leave it out or write it).
 */
export function createVaultPaths<T>(items: readonly { path: string; item: T }[], notes: boolean): VaultPaths<T> {
  const key = (path: string): string => (notes ? path.replace(NOTE_ENDING, '') : path).toLowerCase();
  const byPath = new Map<string, { path: string; item: T }>();
  const byName = new Map<string, { path: string; item: T }[]>();
  for (const entry of items) {
    const k = key(entry.path);
    if (!byPath.has(k)) byPath.set(k, entry);
    const name = baseName(k);
    const list = byName.get(name);
    if (list) list.push(entry);
    else byName.set(name, [entry]);
  }
  return {
    find(target, from) {
      const wanted = key(target.trim().replace(/\\/g, '/'));
      if (wanted === '' || wanted.endsWith('/')) return undefined;
      const folder = folderOf(from).toLowerCase();
      if (wanted.includes('/')) {
        // Relative to the linking note, then from the root, then as the last segments of a path.
        for (const candidate of [joinPath(folder, wanted), joinPath('', wanted.replace(/^\/+/, ''))]) {
          const hit = candidate === undefined ? undefined : byPath.get(candidate);
          if (hit) return { item: hit.item, others: [] };
        }
        const tail = `/${wanted.replace(/^(?:\.\.?\/)+/, '')}`;
        const fits = (byName.get(baseName(wanted)) ?? []).filter((e) => `/${key(e.path)}`.endsWith(tail));
        return choose(fits, folder);
      }
      return choose(byName.get(wanted) ?? [], folder);
    },
  };
}

function choose<T>(fits: readonly { path: string; item: T }[], folder: string): PathMatch<T> | undefined {
  if (fits.length === 0) return undefined;
  const ranked = [...fits].sort(
    (a, b) =>
      Number(folderOf(b.path).toLowerCase() === folder) - Number(folderOf(a.path).toLowerCase() === folder) ||
      a.path.split('/').length - b.path.split('/').length ||
      a.path.length - b.path.length ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const [first, ...rest] = ranked;
  return { item: first!.item, others: rest.map((e) => e.path) };
}

/** `a/b/c.md` → `c.md`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `a/b/c.md` → `a/b`; `c.md` → ''. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `relative` from `folder`, `.` and `..` applied; `undefined` when it climbs out of the vault. */
export function joinPath(folder: string, relative: string): string | undefined {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Whether `path` names a note (by its ending, or by having none: `[[Note]]`). */
export function isNotePath(path: string): boolean {
  return NOTE_ENDING.test(path) || !/\.[a-z0-9]{1,8}$/i.test(baseName(path));
}
