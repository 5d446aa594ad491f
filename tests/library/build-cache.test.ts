/**
 * The build cache: a second build into the same folder parses only the files that changed and
 * writes only the outputs whose inputs changed, and the folder then holds the output of a clean
 * build byte for byte (every file of the site, no file more, and the diagnostics), after an edit,
 * an added file, a deleted file and a renamed title, on a generated library of 200 lines.
 */
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/eleventy/build-site.ts';
import type { SitePipeline } from '../../src/site/site-pipeline.ts';
import { listFiles } from '../support/read-page.ts';
import type { ScaleCorpus } from '../scale/scale-corpus.ts';
import { writeScaleCorpus } from '../scale/scale-corpus.ts';

let corpus: ScaleCorpus;
let cacheDir: string;
/** The folder every cached build writes into, as a maintainer's `_site`. */
let siteDir: string;
const outDirs: string[] = [];

beforeAll(async () => {
  corpus = await writeScaleCorpus();
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cache-'));
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cache-site-'));
  outDirs.push(siteDir);
}, 120_000);
afterAll(async () => {
  for (const dir of outDirs) await rm(dir, { recursive: true, force: true });
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  await corpus?.remove();
});

interface Built {
  outDir: string;
  session: SitePipeline;
}

/** A clean build into a fresh folder, or a cached one into the same folder as every cached build. */
async function build(cached: boolean): Promise<Built> {
  const outDir = cached ? siteDir : await mkdtemp(path.join(os.tmpdir(), 'atlas-clean-site-'));
  if (!cached) outDirs.push(outDir);
  const session = await buildSite({ notesDir: corpus.dir, outDir, ...(cached ? { cacheDir } : {}) });
  return { outDir, session };
}

function expectSameSite(a: Built, b: Built): void {
  const files = listFiles(a.outDir);
  expect(listFiles(b.outDir)).toEqual(files);
  expect(files.filter((f) => !readFileSync(path.join(a.outDir, f)).equals(readFileSync(path.join(b.outDir, f))))).toEqual([]);
  expect(b.session.diagnostics).toEqual(a.session.diagnostics);
}

/** A moment long ago, given to every file of the site before a cached build: a file newer than it was written. */
const LONG_AGO = new Date('2001-01-01T00:00:00Z');

/** The files of the cached site written by the next cached build. */
async function cachedBuildWriting(): Promise<{ built: Built; written: string[] }> {
  for (const file of listFiles(siteDir)) utimesSync(path.join(siteDir, file), LONG_AGO, LONG_AGO);
  const built = await build(true);
  const written = listFiles(siteDir).filter((file) => statSync(path.join(siteDir, file)).mtimeMs > LONG_AGO.getTime());
  return { built, written };
}

/** A cached build parses `parsed` files and leaves the folder as a clean build writes it; the files it wrote. */
async function expectCachedBuild(parsed: number, options: { few?: boolean } = {}): Promise<string[]> {
  const { built, written } = await cachedBuildWriting();
  expect(built.session.parsedFiles).toBe(parsed);
  expect(built.session.incremental).toBe(true);
  const clean = await build(false);
  expectSameSite(clean, built);
  // Only what the change reaches: for a body edited, far from every page.
  const pages = listFiles(siteDir).filter((f) => f.endsWith('.html'));
  if (options.few) expect(written.filter((f) => f.endsWith('.html')).length).toBeLessThan(pages.length / 4);
  return written;
}

/** The page of the record read from `file`. */
function pageOf(session: SitePipeline, file: string): string {
  const { atlas } = session.site();
  const record = [...atlas.lines, ...atlas.notes].find((r) => r.file === file)!;
  return `${record.url.replace(/^\//, '')}index.html`;
}

const noteFiles = () => listFiles(corpus.dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));

describe('build cache', () => {
  it('parses every file once, then none and writes nothing when nothing changed', async () => {
    const first = await build(true);
    expect(first.session.parsedFiles).toBe(noteFiles().length);
    expect(first.session.incremental).toBe(false);
    const { built, written } = await cachedBuildWriting();
    expect(built.session.parsedFiles).toBe(0);
    expect(written).toEqual([]);
    expectSameSite(await build(false), built);
  }, 120_000);

  it('parses only the edited file and writes its page, not unrelated ones', async () => {
    const file = noteFiles().find((f) => f.endsWith('.txt'))!;
    const text = await readFile(path.join(corpus.dir, file), 'utf8');
    // A sentence into the synthesis (the fourth block on: title, deck and the deck repeated come first).
    const blocks = text.split('\n\n');
    const at = blocks.findIndex((block, n) => n >= 3 && block.includes('. '));
    blocks[at] = blocks[at]!.replace('. ', '. A sentence the cache test added. ');
    await writeFile(path.join(corpus.dir, file), blocks.join('\n\n'));
    const written = await expectCachedBuild(1, { few: true });
    const { session } = await build(false);
    expect(written).toContain(pageOf(session, file));
    expect(written.some((f) => f.startsWith('search/'))).toBe(true);
  }, 120_000);

  it('parses only an added file, and writes its page', async () => {
    const source = noteFiles().find((f) => f.endsWith('.md'))!;
    const text = await readFile(path.join(corpus.dir, source), 'utf8');
    await writeFile(path.join(corpus.dir, 'added-by-cache-test.md'), text.replace(/^title: .*$/m, 'title: Does a note added between builds reach the cached build?'));
    const written = await expectCachedBuild(1);
    expect(written.some((f) => f.endsWith('index.html') && f.includes('added-between-builds'))).toBe(true);
  }, 120_000);

  it('parses nothing when a file is deleted, and deletes its page', async () => {
    await rm(path.join(corpus.dir, 'added-by-cache-test.md'));
    await expectCachedBuild(0);
    expect(listFiles(siteDir).some((f) => f.includes('added-between-builds'))).toBe(false);
  }, 120_000);

  it('parses only the file whose title was renamed, and every link to it follows', async () => {
    const file = noteFiles().find((f) => f.endsWith('.txt') && readFileSync(path.join(corpus.dir, f), 'utf8').startsWith('INQUIRING LINE'))!;
    const text = await readFile(path.join(corpus.dir, file), 'utf8');
    const title = text.split('\n')[2]!;
    await writeFile(path.join(corpus.dir, file), text.replace(title, 'How does a line renamed between two cached builds keep its links?'));
    await expectCachedBuild(1);
  }, 120_000);

  it('builds everything afresh when a setting changes', async () => {
    const session = await buildSite({ notesDir: corpus.dir, outDir: siteDir, cacheDir, overrides: { title: 'Another title for the cache test' } });
    expect(session.incremental).toBe(false);
    const again = await build(true);
    expect(again.session.incremental).toBe(false);
    expectSameSite(await build(false), again);
  }, 120_000);
});
