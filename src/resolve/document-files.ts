/**
 * The VFile each document came from, so a problem found while resolving is reported on the file
 * that caused it.
 */
import type { VFile } from 'vfile';

export type FileLookup = (path: string | null | undefined) => VFile | undefined;

export function createFileLookup(files: readonly VFile[]): FileLookup {
  const byPath = new Map<string, VFile>();
  for (const file of files) {
    // The parser writes `file` with `/` separators whatever the platform wrote.
    const path = file.path?.replaceAll('\\', '/');
    if (path !== undefined && !byPath.has(path)) byPath.set(path, file);
  }
  return (path) => (path == null ? undefined : byPath.get(path));
}
