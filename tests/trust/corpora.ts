/**
 * The corpora the trust checks run on, and building one with its parsed documents at hand: the
 * seeds, the site fixture, the hostile corpus, and a generated corpus of about 150 files.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BuiltAtlas } from '../../src/atlas.ts';
import { generateCorpus } from '../../tools/corpus/index.ts';
import type { CorpusOptions } from '../../tools/corpus/index.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import type { TestSite, TestSiteOptions } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { pageExists, readPageText } from '../support/read-page.ts';

export const SEEDS = 'seeds';
export const SITE_FIXTURE = 'tests/fixtures/site/notes';
/** Broken settings, broken front matter, an empty file, a bad link. */
export const SITE_BAD_FIXTURE = 'tests/fixtures/site/bad-notes';
export const HOSTILE = 'tests/fixtures/trust/hostile';
export const WARNINGS = 'tests/fixtures/trust/warnings';
/** Markdown that renders to nothing (definitions, comments, empty headings) and issue 10's counterexample. */
export const INVISIBLE = 'tests/fixtures/trust/invisible';

/** About 150 files, a third of them Markdown, with stubs, papers and collections. */
export const GENERATED: Partial<CorpusOptions> = { lines: 60, notes: 140, papers: 60, collections: 6, seed: 7, markdownShare: 0.3 };

export interface Folder {
  dir: string;
  remove(): Promise<void>;
}

/** The generated corpus written to a fresh temporary folder. */
export async function writeGeneratedCorpus(options: Partial<CorpusOptions> = GENERATED): Promise<Folder> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-trust-corpus-'));
  for (const file of generateCorpus(options)) {
    const target = path.join(dir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface BuiltCorpus {
  site: TestSite;
  /** The parsed documents and files the site was built from. */
  built: BuiltAtlas;
  /** A built page's HTML by site-relative url, `undefined` when there is none. */
  readPage: (url: string) => string | undefined;
}

/** Load `notesDir` once and build the site from exactly that load. */
export async function buildCorpus(notesDir: string, options: Omit<TestSiteOptions, 'atlas'> = {}): Promise<BuiltCorpus> {
  const built = await loadAtlas(notesDir);
  const site = await buildTestSite(notesDir, { ...options, atlas: () => built });
  return {
    site,
    built,
    readPage: (url) => (pageExists(site.outDir, url) ? readPageText(site.outDir, url) : undefined),
  };
}
