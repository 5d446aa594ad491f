/**
 * Results on disk: `<out>/<timestamp>.json` for the record and `<out>/latest.json` for the next
 * run to compare with. The folder is gitignored; a reference result worth keeping goes in
 * `tools/bench/reference.json` by hand.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResult } from './bench-result.ts';

export async function readLatest(outDir: string): Promise<BenchResult | undefined> {
  try {
    const result = JSON.parse(await readFile(path.join(outDir, 'latest.json'), 'utf8')) as BenchResult;
    return result.version === 1 ? result : undefined;
  } catch {
    return undefined;
  }
}

/** Writes both files; returns the timestamped one's path. */
export async function writeResult(outDir: string, result: BenchResult): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const text = JSON.stringify(result, null, 2) + '\n';
  const file = path.join(outDir, `${result.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, text);
  await writeFile(path.join(outDir, 'latest.json'), text);
  return file;
}
