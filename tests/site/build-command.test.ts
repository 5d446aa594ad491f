/**
 * `atlas build` on a folder of bad input: broken settings, an empty file, broken front matter,
 * a binary file, a hostile link. The build finishes, reports every problem, and still writes
 * the site; the exit code says whether errors (or, with --strict, warnings) were found.
 */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCommand } from '../../src/cli/build-command.ts';
import { pageExists } from '../support/read-page.ts';

const FIXTURE = 'tests/fixtures/site/bad-notes';
let notesDir: string;
let outDir: string;

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await buildCommand(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

beforeAll(async () => {
  notesDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bad-notes-'));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bad-site-'));
  for (const name of await readdir(FIXTURE)) await copyFile(path.join(FIXTURE, name), path.join(notesDir, name));
  await writeFile(path.join(notesDir, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7]));
});
afterAll(async () => {
  await rm(notesDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('atlas build on bad input', () => {
  it('finishes, writes the site and reports every problem with its rule', async () => {
    const { code, stdout, stderr } = await run([notesDir, '--output', outDir]);
    expect(code).toBe(1);
    for (const url of ['/', '/search/', '/network/', '/404.html', '/sitemap.xml', '/feed.xml', '/graph.json']) {
      expect(pageExists(outDir, url), url).toBe(true);
    }
    expect(stdout).toMatch(/^Built \d+ records into .+ in \d+\.\ds \(\d+ files: [1-9]\d* errors?, /);
    for (const rule of ['site-config', 'unsafe-url', 'binary-file', 'empty-file']) expect(stderr).toContain(rule);
  });

  it('says so when the notes folder does not exist', async () => {
    const { code, stderr } = await run([path.join(notesDir, 'no-such-folder'), '--output', outDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Unexpected missing folder `.*no-such-folder`, expected a folder of notes/);
  });

  it('prints usage for unknown options instead of throwing', async () => {
    const { code, stderr } = await run(['--no-such-option']);
    expect(code).toBe(1);
    expect(stderr).toContain('Usage: atlas build');
  });

  it('fails on warnings only with --strict', async () => {
    const clean = await mkdtemp(path.join(os.tmpdir(), 'atlas-warn-notes-'));
    const site = await mkdtemp(path.join(os.tmpdir(), 'atlas-warn-site-'));
    await writeFile(path.join(clean, 'note.md'), '---\ntitle: A note\nsummary: Its deck.\n---\nThe body has a [bad](javascript:alert(1)) link.\n');
    const lenient = await run([clean, '--output', site]);
    expect(lenient.stderr).toContain('unsafe-url');
    expect(lenient.stdout).toContain('0 errors, 1 warning');
    expect(lenient.code).toBe(0);
    expect((await run([clean, '--output', site, '--quiet', '--strict'])).code).toBe(1);
    await rm(clean, { recursive: true, force: true });
    await rm(site, { recursive: true, force: true });
  });
});
