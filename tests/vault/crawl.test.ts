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
import { HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { listFiles, readPageText } from '../support/read-page.ts';
import { serveStatic } from '../support/serve-static.ts';
import { buildTestSite } from '../support/build-site.ts';
import { vaultDir } from './vault-fixture.ts';

const FEATURES = ['links', 'embeds', 'urls', 'mentions'];

async function brokenLinks(outDir: string, prefix: string): Promise<string[]> {
  const server = await serveStatic(outDir, prefix);
  try {
    const pages = listFiles(outDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => server.url + f.replace(/index\.html$/, ''));
    const result = await new LinkChecker().check({
      path: pages,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 20_000,
      linksToSkip: async (link) => !link.startsWith(server.origin + '/'),
    });
    return result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.parent ?? '?'} → ${l.url} (${l.status ?? 'no status'})`.replaceAll(server.origin, ''));
  } finally {
    await server.close();
  }
}

async function invalidHtml(outDir: string): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const problems: string[] = [];
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(readPageText(outDir, `/${file}`), file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return problems;
}

describe('fixture vaults have no broken links and valid HTML', () => {
  for (const feature of FEATURES) {
    it(`${feature}, with and without a path prefix`, async () => {
      for (const prefix of ['/', '/vault/']) {
        const site = await buildTestSite(vaultDir(feature), { overrides: { pathPrefix: prefix } });
        try {
          expect(await brokenLinks(site.outDir, prefix)).toEqual([]);
          if (prefix === '/') expect(await invalidHtml(site.outDir)).toEqual([]);
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
