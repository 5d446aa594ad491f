import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../tools/corpus/main.ts';

const ARGS = ['--lines', '12', '--notes', '10', '--papers', '8', '--collections', '3', '--seed', '5'];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('corpus command', () => {
  let dir: string;
  let stderr: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the same files, byte for byte, on every run', () => {
    expect(main([...ARGS, '--out', join(dir, 'a')])).toBe(0);
    expect(main([...ARGS, '--out', join(dir, 'b')])).toBe(0);
    const a = listFiles(join(dir, 'a'));
    expect(a).toHaveLength(12 + 10 - Math.round(10 * 0.35));
    expect(listFiles(join(dir, 'b'))).toEqual(a);
    for (const f of a) expect(readFileSync(join(dir, 'b', f))).toEqual(readFileSync(join(dir, 'a', f)));
  });

  it('refuses a folder that is not empty unless --force, and then replaces its contents', () => {
    writeFileSync(join(dir, 'stale.txt'), 'old');
    expect(main([...ARGS, '--out', dir])).toBe(1);
    expect(stderr).toMatch(/not empty/);
    expect(listFiles(dir)).toEqual(['stale.txt']);
    expect(main([...ARGS, '--out', dir, '--force'])).toBe(0);
    expect(listFiles(dir)).not.toContain('stale.txt');
  });

  it('rejects bad arguments with exit code 2', () => {
    expect(main(ARGS)).toBe(2);
    expect(stderr).toMatch(/--out DIR is required/);
    expect(main(['--lines', 'many', '--out', dir])).toBe(2);
    expect(stderr).toMatch(/--lines must be an integer/);
    expect(main(['--bogus', '--out', dir])).toBe(2);
    expect(listFiles(dir)).toEqual([]);
  });
});
