/**
 * What the last build of a site wrote, kept in the build cache so the next `atlas build` into the
 * same folder writes only what changed: the key of every output (`emitter.ts`), the files each
 * made, and a key over everything that is not a record (tool, settings, reference date). A build
 * removes the manifest before it writes and saves it only when it finished, so a build that
 * stopped half-way is followed by a clean one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OutputManifest {
  /** Tool, settings and reference date: when it differs, nothing is reused. */
  global: string;
  keys: Map<string, string>;
  files: Map<string, string[]>;
  /** Counts the build reported (documents indexed…), for a build that writes none of it again. */
  counts: Record<string, number>;
}

interface StoredManifest {
  version: 1;
  global: string;
  keys: [string, string][];
  files: [string, string[]][];
  counts: Record<string, number>;
}

/** The manifest's file for building `notesDir` into `outDir`, in the cache folder `cacheDir`. */
export function manifestFile(cacheDir: string, notesDir: string, outDir: string): string {
  const name = createHash('sha1').update(path.resolve(notesDir)).update('\0').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(path.resolve(cacheDir), 'site', `${name}.json`);
}

/** The manifest in `file`, or undefined when there is none or it cannot be read. */
export function readManifest(file: string): OutputManifest | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredManifest;
    if (stored.version !== 1) return undefined;
    return { global: stored.global, keys: new Map(stored.keys), files: new Map(stored.files), counts: stored.counts ?? {} };
  } catch {
    return undefined;
  }
}

export function writeManifest(file: string, manifest: OutputManifest): void {
  const stored: StoredManifest = { version: 1, global: manifest.global, keys: [...manifest.keys], files: [...manifest.files], counts: manifest.counts };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(stored));
  renameSync(temporary, file);
}

export function removeManifest(file: string): void {
  rmSync(file, { force: true });
}
