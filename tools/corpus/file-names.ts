/**
 * File names like the seeds': a running number and a 16-hex-digit hash of the title
 * (`000123_62195ade772e87d1.txt`), spread over a few nested folders, since the notes folder is
 * read recursively. Numbers skip now and then, as the seeds' do (no 002).
 */
import { hashKey, type Random } from './random.ts';

const FOLDERS = ['inbox', 'archive/2025', 'archive/2026', 'shared/alignment-team'] as const;
const FOLDER_WEIGHTS = [4, 3, 3, 1] as const;

export interface NamedFile {
  title: string;
  extension: 'txt' | 'md';
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** One path per file, in the order given; `r` decides the numbering order and the folders. */
export function assignPaths(r: Random, seed: number, files: readonly NamedFile[]): string[] {
  const paths = new Array<string>(files.length);
  let number = 0;
  for (const i of r.shuffle(files.map((_, k) => k))) {
    const file = files[i] as NamedFile;
    if (r.chance(0.03)) number += r.int(1, 2);
    const folder = FOLDERS[r.weighted(FOLDER_WEIGHTS)];
    const name = `${String(number).padStart(6, '0')}_${hex(hashKey(seed, 'a', file.title))}${hex(hashKey(seed, 'b', file.title))}`;
    paths[i] = `${folder}/${name}.${file.extension}`;
    number++;
  }
  return paths;
}
