/**
 * The generator's only I/O: writes a rendered corpus into a folder. Refuses to write into a
 * folder that already has files unless told to replace it, so stale files from an earlier,
 * larger corpus can never mix into a benchmark.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CorpusFile } from './generate-corpus.ts';

export interface WriteCorpusOptions {
  /** Delete the folder's current contents first. */
  replace: boolean;
}

export interface WriteCorpusResult {
  files: number;
  bytes: number;
}

function isEmptyOrMissing(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}

/** True when deleting `dir` would take the filesystem root, the home folder or the working folder with it. */
function isProtected(dir: string): boolean {
  const fromCwd = relative(dir, process.cwd());
  const containsCwd = fromCwd === '' || (!fromCwd.startsWith('..') && !fromCwd.startsWith(sep));
  return containsCwd || dir === resolve('/') || dir === homedir();
}

export function writeCorpus(outDir: string, files: readonly CorpusFile[], options: WriteCorpusOptions): WriteCorpusResult {
  const dir = resolve(outDir);
  if (!isEmptyOrMissing(dir)) {
    if (!options.replace) throw new Error(`${outDir} is not empty; pass --force to replace its contents`);
    if (isProtected(dir)) throw new Error(`Refusing to replace ${outDir}: it contains the working folder, or is / or home`);
    rmSync(dir, { recursive: true, force: true });
  }
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  mkdirSync(dir, { recursive: true });
  for (const folder of [...folders].sort()) mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    const data = Buffer.from(file.text, 'utf8');
    writeFileSync(join(dir, file.path), data);
    bytes += data.length;
  }
  return { files: files.length, bytes };
}
