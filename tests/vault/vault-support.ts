/** Build a fixture vault of tests/fixtures/vault once, with its documents, pages and diagnostics at hand. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { exitCodeFor } from '../../src/cli/exit-code.ts';
import type { Diagnostic } from '../../src/model.ts';
import type { BuiltCorpus } from '../trust/corpora.ts';
import { buildCorpus } from '../trust/corpora.ts';
import { htmlProblems as siteHtmlProblems } from '../support/html-problems.ts';
import { listFiles, pageExists, readPage } from '../support/read-page.ts';

export interface BuiltVault extends BuiltCorpus {
  page(url: string): CheerioAPI;
  has(url: string): boolean;
  /** Every output file's path and text. */
  files(): { file: string; text: string }[];
  diagnostics: Diagnostic[];
  exitCode(strict: boolean): number;
}

export async function buildVault(name: string): Promise<BuiltVault> {
  const dir = path.join('tests/fixtures/vault', name);
  const corpus = await buildCorpus(dir);
  const { outDir } = corpus.site;
  const diagnostics = corpus.site.session.diagnostics;
  return {
    ...corpus,
    page: (url) => readPage(outDir, url),
    has: (url) => pageExists(outDir, url),
    files: () => listFiles(outDir).map((file) => ({ file, text: readFileSync(path.join(outDir, file), 'latin1') })),
    diagnostics,
    exitCode: (strict) => exitCodeFor(diagnostics, strict),
  };
}

/** html-validate's complaints about every HTML page of `vault`, one line each. */
export function htmlProblems(vault: BuiltVault): Promise<string[]> {
  return siteHtmlProblems(vault.site.outDir);
}
