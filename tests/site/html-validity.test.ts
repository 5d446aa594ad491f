/** Every HTML page of the seeds' and the hostile fixture's sites is valid HTML (html-validate). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { htmlProblems } from '../support/html-problems.ts';

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
    for (const site of sites) problems.push(...(await htmlProblems(site.outDir)));
    expect(problems).toEqual([]);
  });
});
