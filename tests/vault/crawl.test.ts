/**
 * Every fixture vault builds with no broken link, anchors included (linkinator, as in
 * tests/trust/links.test.ts), attachments and embeds too; and `atlas build` of a conventional
 * vault exits 0 without --strict, its problems reported as warnings. Heading and block ids are
 * valid HTML ids (html-validate), each once on its page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { crawl } from '../support/crawl.ts';
import { htmlProblems } from '../support/html-problems.ts';
import { buildTestSite } from '../support/build-site.ts';
import { vaultDir } from './vault-fixture.ts';

const FEATURES = ['links', 'embeds', 'urls', 'mentions'];

describe('fixture vaults have no broken links and valid HTML', () => {
  for (const feature of FEATURES) {
    it(`${feature}, with and without a path prefix`, async () => {
      for (const prefix of ['/', '/vault/']) {
        const site = await buildTestSite(vaultDir(feature), { overrides: { pathPrefix: prefix } });
        try {
          expect((await crawl(site.outDir, prefix)).broken).toEqual([]);
          if (prefix === '/') expect(await htmlProblems(site.outDir)).toEqual([]);
        } finally {
          await site.remove();
        }
      }
    }, 180_000);
  }
});

describe('atlas build on a vault', () => {
  it('exits 0 without --strict, reporting its problems as warnings', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-cli-'));
    const atlas = new URL('../../bin/atlas.js', import.meta.url).pathname;
    try {
      const { stdout } = await promisify(execFile)('node', [atlas, 'build', vaultDir('links'), '--output', out, '--json'], { maxBuffer: 64 * 1024 * 1024 });
      const report = JSON.parse(stdout) as { exitCode: number; diagnostics: { severity: string; ruleId: string }[] };
      expect(report.exitCode).toBe(0);
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(report.diagnostics.map((d) => d.ruleId)).toContain('unresolved-link');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
