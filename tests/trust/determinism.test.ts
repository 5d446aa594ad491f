/**
 * Deterministic: two builds of the same notes are byte-identical, even when the second reads a
 * copy in another folder, written in the opposite order, with other file times, under another
 * clock and time zone, into another output folder. Nothing of the machine, the moment or the
 * file system's order reaches the output; dates come from the input.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles } from '../support/read-page.ts';
import type { Folder } from './corpora.ts';
import { HOSTILE, writeGeneratedCorpus } from './corpora.ts';

/** `dir` copied to a fresh folder, last file first, every file dated 2001. */
async function copyElsewhere(dir: string): Promise<Folder> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'atlas-trust-copy-'));
  const longAgo = new Date('2001-02-03T04:05:06Z');
  for (const file of listFiles(dir).reverse()) {
    const target = path.join(copy, 'notes', ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await readFile(path.join(dir, ...file.split('/'))));
    await utimes(target, longAgo, longAgo);
  }
  return { dir: path.join(copy, 'notes'), remove: () => rm(copy, { recursive: true, force: true }) };
}

/** Build `dir` with the clock set to `now` and the time zone to `timeZone`. */
async function buildAt(dir: string, now: Date, timeZone: string): Promise<TestSite> {
  const zone = process.env.TZ;
  vi.useFakeTimers({ toFake: ['Date'], now });
  process.env.TZ = timeZone;
  try {
    return await buildTestSite(dir);
  } finally {
    vi.useRealTimers();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}

function differences(a: string, b: string): { files: [string[], string[]]; differing: string[] } {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const differing = filesA.filter((f) => filesB.includes(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  return { files: [filesA, filesB], differing };
}

describe.each([
  { name: 'hostile corpus', source: (): Promise<Folder> => Promise.resolve({ dir: HOSTILE, remove: () => Promise.resolve() }) },
  { name: 'generated corpus', source: () => writeGeneratedCorpus() },
])('two builds of the $name', ({ source }) => {
  let input: Folder;
  let copy: Folder;
  let first: TestSite;
  let second: TestSite;
  beforeAll(async () => {
    input = await source();
    copy = await copyElsewhere(input.dir);
    first = await buildAt(input.dir, new Date('2031-12-31T23:59:59Z'), 'UTC');
    second = await buildAt(copy.dir, new Date('1999-06-15T12:00:00Z'), 'Pacific/Kiritimati');
  });
  afterAll(async () => {
    await first?.remove();
    await second?.remove();
    await copy?.remove();
    await input?.remove();
  });

  it('are byte-identical, file for file', () => {
    const { files, differing } = differences(first.outDir, second.outDir);
    expect(files[0].length).toBeGreaterThan(30);
    expect(files[1]).toEqual(files[0]);
    expect(differing).toEqual([]);
  });

  it('leak neither the clock nor the folders into any page', () => {
    const leaks: string[] = [];
    for (const file of listFiles(first.outDir).filter((f) => /\.(html|xml|json|txt|md)$/.test(f))) {
      const text = readFileSync(path.join(first.outDir, file), 'utf8');
      for (const needle of ['2031-12-31', first.outDir, path.resolve(input.dir), os.tmpdir()]) {
        if (text.includes(needle)) leaks.push(`${file}: ${needle}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
