/**
 * `atlas build` again after one edit: the command as a user runs it (whatever it caches by
 * default, no flags), once into an output folder, then once more after one note's deck is
 * changed. Both runs are measured; the second is the warm rebuild the issue sets a target for.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildReport, StageReport } from '../../src/cli/build-report.ts';

const ATLAS = fileURLToPath(new URL('../../bin/atlas.js', import.meta.url));

export interface CliBuildMeasurement {
  /** Wall-clock time of the whole command, start-up included. */
  milliseconds: number;
  stages: StageReport[];
  pages: number;
  exitCode: number;
}

export interface WarmRebuildMeasurement {
  /** The first `atlas build` (clean output folder, whatever cache it keeps being cold). */
  first: CliBuildMeasurement;
  /** The second, after the edit. */
  warm: CliBuildMeasurement;
  /** The file edited, relative to the notes folder. */
  edited: string;
}

/** Run `atlas build NOTES --output OUT --json --quiet` in a child process. */
export async function cliBuild(notesDir: string, outDir: string): Promise<CliBuildMeasurement> {
  const started = performance.now();
  const { stdout, code } = await new Promise<{ stdout: string; code: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [ATLAS, 'build', notesDir, '--output', outDir, '--json', '--quiet'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ stdout: out, code: exitCode ?? 1 }));
  });
  const milliseconds = performance.now() - started;
  let report: Partial<BuildReport> = {};
  try {
    report = JSON.parse(stdout) as BuildReport;
  } catch {
    // A failed build prints no report; the exit code says so.
  }
  return { milliseconds, stages: report.stages ?? [], pages: report.counts?.pages ?? 0, exitCode: code };
}

/**
 * The first concept note in the export format (by path): its second line is its deck, which its
 * page, its twin, its referrers' pages and the search index all show.
 */
async function noteToEdit(notesDir: string): Promise<string | undefined> {
  const files = (await readdir(notesDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.relative(notesDir, path.join(e.parentPath, e.name)))
    .sort();
  for (const file of files) {
    const text = await readFile(path.join(notesDir, file), 'utf8');
    if (!text.includes('INQUIRING LINE') && text.includes('\nRelated concepts in this collection\n')) return file;
  }
  return undefined;
}

export async function measureWarmRebuild(notesDir: string, outDir: string): Promise<WarmRebuildMeasurement | undefined> {
  const edited = await noteToEdit(notesDir);
  if (!edited) return undefined;
  const first = await cliBuild(notesDir, outDir);
  const file = path.join(notesDir, edited);
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[1] = `${lines[1]} (edited for the warm rebuild)`;
  await writeFile(file, lines.join('\n'));
  const warm = await cliBuild(notesDir, outDir);
  return { first, warm, edited };
}
