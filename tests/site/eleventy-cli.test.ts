/**
 * `.eleventy.js`: Eleventy's own CLI in the repository builds the same site as `atlas build`,
 * the files written after the pages (scripts, graph files, twins, search index) included.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles } from '../support/read-page.ts';

const run = promisify(execFile);
const REPO = new URL('../../', import.meta.url).pathname;
const ELEVENTY = path.join(REPO, 'node_modules/@11ty/eleventy/cmd.cjs');

let outDir: string;
let atlas: TestSite;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-eleventy-cli-'));
  await run('node', [ELEVENTY, '--output', outDir], { cwd: REPO, env: { ...process.env, ATLAS_NOTES: 'seeds' } });
  atlas = await buildTestSite(path.join(REPO, 'seeds'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await atlas?.remove();
});

describe('npx @11ty/eleventy', () => {
  it('writes every file atlas build writes', () => {
    const files = listFiles(outDir);
    for (const file of ['assets/site.css', 'assets/local-graph.js', 'graph.json', 'search/index.json', 'llms.txt']) expect(files).toContain(file);
    expect(files).toEqual(listFiles(atlas.outDir));
  });
});
