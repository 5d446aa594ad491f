/**
 * Files written beside the pages Eleventy has written go into folders that exist already. Making
 * a folder costs a system call even when it exists (half a millisecond each on a slow disk, ten
 * thousand times over), so a folder is made only when a write finds none.
 */
import { mkdir, writeFile } from 'node:fs/promises';
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
