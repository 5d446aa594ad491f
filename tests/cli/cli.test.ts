import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ATLAS = new URL('../../bin/atlas.js', import.meta.url).pathname;
const WARN = new URL('../fixtures/cli/warn', import.meta.url).pathname;

async function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [ATLAS, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('atlas parse', () => {
  it('prints records, papers, collections, graph and diagnostics for the seeds', async () => {
    const { code, stdout } = await atlas('parse', 'seeds', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['records', 'papers', 'collections', 'graph', 'diagnostics']);
    for (const r of out.records) {
      for (const key of ['kind', 'id', 'title', 'url', 'file']) expect(r).toHaveProperty(key);
    }
    expect(out.records.filter((r: { kind: string }) => r.kind === 'inquiring-line')).toHaveLength(3);
    for (const e of out.graph.edges) for (const key of ['source', 'target', 'kind']) expect(e).toHaveProperty(key);
    for (const d of out.diagnostics) for (const key of ['file', 'line', 'severity', 'message']) expect(d).toHaveProperty(key);
  });

  it('exits 1 under --strict when a warning exists, 0 without it', async () => {
    expect((await atlas('parse', WARN)).code).toBe(0);
    expect((await atlas('parse', WARN, '--strict')).code).toBe(1);
  });
});

describe('atlas check', () => {
  it('prints file:line:col severity message rule and a summary', async () => {
    const { code, stdout } = await atlas('check', WARN);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^line\.txt:9:1 warning .*sources-count$/m);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^1 file: 0 errors, \d+ warnings?, \d+ infos?$/);
  });

  it('exits 1 under --strict', async () => {
    expect((await atlas('check', WARN, '--strict')).code).toBe(1);
  });

  it('rejects an unknown command with usage', async () => {
    const { code, stderr } = await atlas('frobnicate');
    expect(code).toBe(1);
    expect(stderr).toMatch(/unknown command/);
  });
});
