/** Every HTML page of the seeds' and the hostile fixture's sites is valid HTML (html-validate). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles, readPageText } from '../support/read-page.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are the questions themselves; they are as long as their authors made them.
    'long-title': 'off',
  },
});

let sites: TestSite[] = [];
beforeAll(async () => {
  sites = [await buildTestSite('seeds'), await buildTestSite('tests/fixtures/site/notes')];
});
afterAll(async () => {
  for (const site of sites) await site.remove();
});

describe('html validity', () => {
  it('reports no problems on any page', async () => {
    const problems: string[] = [];
    for (const site of sites) {
      for (const file of listFiles(site.outDir).filter((f) => f.endsWith('.html'))) {
        const report = await validator.validateString(readPageText(site.outDir, `/${file}`), file);
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
