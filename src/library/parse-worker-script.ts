/**
 * The parse worker's script: `parse-worker.ts` and everything it imports, bundled by esbuild into
 * one CommonJS script a worker evaluates from a string (CommonJS, where gray-matter's `require`s
 * work). Measured, a worker importing the TypeScript sources through tsx took 2 to 5 s to start on
 * a busy machine, each of some 260 modules a round trip to the loader's thread; the bundle starts
 * in a fifth of a second.
 *
 * Bundling takes esbuild most of a second, so the script is kept in the system's temporary folder
 * with a hash of every file that went into it, and used again while those files are unchanged
 * (checking them reads 1.5 MB: a few milliseconds). Within a process it is made once.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

interface Kept {
  /** Each input file (absolute) with a hash of its bytes. */
  inputs: Record<string, string>;
  code: string;
}

const ENTRY = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));

let script: Promise<string | undefined> | undefined;

/** The script; `undefined` when esbuild cannot make it (the main thread then parses alone). */
export function parseWorkerScript(): Promise<string | undefined> {
  script ??= kept() ?? bundle();
  return script;
}

function keptPath(): string {
  return path.join(tmpdir(), `atlas-parse-worker-${hash(ENTRY).slice(0, 16)}.json`);
}

function kept(): Promise<string> | undefined {
  try {
    const { inputs, code } = JSON.parse(readFileSync(keptPath(), 'utf8')) as Kept;
    for (const [file, digest] of Object.entries(inputs)) if (hash(readFileSync(file)) !== digest) return undefined;
    return Promise.resolve(code);
  } catch {
    return undefined;
  }
}

async function bundle(): Promise<string | undefined> {
  try {
    const result = await build({ entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, metafile: true, logLevel: 'silent' });
    const code = result.outputFiles[0]?.text;
    if (code === undefined) return undefined;
    const cwd = process.cwd();
    const inputs: Record<string, string> = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const file = path.resolve(cwd, input);
      inputs[file] = hash(readFileSync(file));
    }
    keep({ inputs, code });
    return code;
  } catch {
    return undefined;
  }
}

function keep(entry: Kept): void {
  const target = keptPath();
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, target);
  } catch {
    rmSync(temporary, { force: true }); // not kept: the next process bundles again
  }
}

function hash(bytes: string | Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
