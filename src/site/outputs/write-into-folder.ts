/**
 * Files written beside the pages Eleventy has written go into folders that exist already. Making
 * a folder costs a system call even when it exists (half a millisecond each on a slow disk, ten
 * thousand times over), so a folder is made only when a write finds none.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeIntoFolder(file: string, data: string): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }
}

/**
 * Write `data` unless the file already holds exactly it; true when written. `whole`: write it
 * beside and rename it into place, so a reader (`atlas serve`'s browser) never sees half of it.
 */
export async function writeIfChanged(file: string, data: string, options: { whole?: boolean } = {}): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === data) return false;
  if (options.whole) {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeIntoFolder(temporary, data);
    await rename(temporary, file);
  } else {
    await writeIntoFolder(file, data);
  }
  return true;
}

/** Thousands of small files: a few dozen writes in flight at once, not all of them. */
export async function writeInBatches<T>(items: readonly T[], write: (item: T) => Promise<void>, width = 64): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await write(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
