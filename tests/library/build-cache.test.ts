/**
 * The parse cache: a second build parses only the files that changed, and its output is the
 * output of a clean build byte for byte (every file of the site, and the diagnostics), after an
 * edit, an added file, a deleted file and a renamed title, on a generated library of 200 lines.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/eleventy/build-site.ts';
import type { SiteSession } from '../../src/site/eleventy/site-session.ts';
import { listFiles } from '../support/read-page.ts';
import type { ScaleCorpus } from '../scale/scale-corpus.ts';
import { writeScaleCorpus } from '../scale/scale-corpus.ts';

let corpus: ScaleCorpus;
let cacheDir: string;
const outDirs: string[] = [];

beforeAll(async () => {
  corpus = await writeScaleCorpus();
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cache-'));
}, 120_000);
afterAll(async () => {
  for (const dir of outDirs) await rm(dir, { recursive: true, force: true });
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  await corpus?.remove();
});

async function build(cached: boolean): Promise<{ outDir: string; session: SiteSession }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cache-site-'));
  outDirs.push(outDir);
  const session = await buildSite({ notesDir: corpus.dir, outDir, ...(cached ? { cacheDir } : {}) });
  return { outDir, session };
}

function expectSameSite(a: { outDir: string; session: SiteSession }, b: { outDir: string; session: SiteSession }): void {
  const files = listFiles(a.outDir);
  expect(listFiles(b.outDir)).toEqual(files);
  expect(files.filter((f) => !readFileSync(path.join(a.outDir, f)).equals(readFileSync(path.join(b.outDir, f))))).toEqual([]);
  expect(b.session.diagnostics).toEqual(a.session.diagnostics);
}

/** A cached build parses `parsed` files and writes what a clean build writes. */
async function expectCachedBuild(parsed: number): Promise<void> {
  const cached = await build(true);
  expect(cached.session.parsedFiles).toBe(parsed);
  const clean = await build(false);
  expectSameSite(clean, cached);
}

const noteFiles = () => listFiles(corpus.dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));

describe('build cache', () => {
  it('parses every file once, then none when nothing changed', async () => {
    const first = await build(true);
    expect(first.session.parsedFiles).toBe(noteFiles().length);
    const second = await build(true);
    expect(second.session.parsedFiles).toBe(0);
    expectSameSite(first, second);
  }, 120_000);

  it('parses only the edited file', async () => {
    const file = noteFiles().find((f) => f.endsWith('.txt'))!;
    const text = await readFile(path.join(corpus.dir, file), 'utf8');
    await writeFile(path.join(corpus.dir, file), text.replace(/\n\n/, '\n\nA paragraph added by the cache test.\n\n'));
    await expectCachedBuild(1);
  }, 120_000);

  it('parses only an added file', async () => {
    const source = noteFiles().find((f) => f.endsWith('.md'))!;
    const text = await readFile(path.join(corpus.dir, source), 'utf8');
    await writeFile(path.join(corpus.dir, 'added-by-cache-test.md'), text.replace(/^title: .*$/m, 'title: Does a note added between builds reach the cached build?'));
    await expectCachedBuild(1);
  }, 120_000);

  it('parses nothing when a file is deleted', async () => {
    await rm(path.join(corpus.dir, 'added-by-cache-test.md'));
    await expectCachedBuild(0);
  }, 120_000);

  it('parses only the file whose title was renamed, and every link to it follows', async () => {
    const file = noteFiles().find((f) => f.endsWith('.txt') && readFileSync(path.join(corpus.dir, f), 'utf8').startsWith('INQUIRING LINE'))!;
    const text = await readFile(path.join(corpus.dir, file), 'utf8');
    const title = text.split('\n')[2]!;
    await writeFile(path.join(corpus.dir, file), text.replace(title, 'How does a line renamed between two cached builds keep its links?'));
    await expectCachedBuild(1);
  }, 120_000);
});
