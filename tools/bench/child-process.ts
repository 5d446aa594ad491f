/**
 * Each measured build runs in a child process of its own, so its peak memory is its own and one
 * build's garbage cannot slow the next. The child writes its result as JSON to a file whose path
 * is its last argument (stdout stays free for whatever the build prints).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));

/** Run `tools/bench/<script>` under tsx with `args`; resolves to the JSON it wrote. */
export async function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-result-'));
  const resultFile = path.join(dir, 'result.json');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, script), ...args, resultFile], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      child.on('error', reject);
      child.on('close', (exitCode) => (exitCode === 0 ? resolve() : reject(new Error(`${script} exited with ${exitCode}: ${stderr}`))));
    });
    return JSON.parse(await readFile(resultFile, 'utf8')) as T;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where a child measurement started and what it cost: wall and CPU time, peak memory. */
export interface ProcessCost {
  milliseconds: number;
  cpuMilliseconds: number;
  /** This process's peak resident memory. */
  maxRssBytes: number;
  /** Summed peaks of the processes it started (esbuild's service), when the platform tells. */
  childPeakBytes: number;
}

/** Run `work` in this child and say what it cost (its own children's peaks left to the caller). */
export async function measureCost<T>(work: () => Promise<T>): Promise<{ result: T; cost: ProcessCost }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const milliseconds = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, cost: { milliseconds, cpuMilliseconds: (used.user + used.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024, childPeakBytes: 0 } };
}
