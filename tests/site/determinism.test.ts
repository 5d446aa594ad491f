/** Same notes, same site: two builds of the seeds are byte-identical, search index included. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles } from '../support/read-page.ts';

describe('deterministic output', () => {
  let first: TestSite;
  let second: TestSite;
  beforeAll(async () => {
    first = await buildTestSite('seeds');
    second = await buildTestSite('seeds');
  });
  afterAll(async () => {
    await first?.remove();
    await second?.remove();
  });

  it('writes the same files with the same bytes', () => {
    const files = listFiles(first.outDir);
    expect(files.length).toBeGreaterThan(60);
    expect(listFiles(second.outDir)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(first.outDir, f)).equals(readFileSync(path.join(second.outDir, f))));
    expect(differing).toEqual([]);
  });
});
