/**
 * Parsing on worker threads gives what parsing on the main thread gives: the same documents (deep
 * equal, positions included), the same messages on each file (file and line kept), in the same
 * order, for the seeds, a generated library in the Obsidian style and files the parser reports.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { Library } from '../../src/library/library.ts';
import { parseInPool } from '../../src/library/parse-pool.ts';
import { readNotes } from '../../src/load/read-notes.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { generateCorpus, writeCorpus } from '../../tools/corpus/index.ts';

let root: string;
let dir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atlas-parse-pool-'));
  dir = path.join(root, 'notes');
  writeCorpus(dir, generateCorpus({ lines: 60, notes: 40, papers: 30, collections: 4, markdownShare: 0.7, obsidianShare: 1, seed: 7 }), { replace: false });
  await cp('seeds', path.join(dir, 'seeds'), { recursive: true });
  // Files the parser reports on, with their lines.
  await writeFile(path.join(dir, 'broken-front-matter.md'), '---\ntitle: [unclosed\n---\n# Heading\n\nText.\n');
  await writeFile(path.join(dir, 'nul.md'), '# Title\n\nA line\nand \0 a NUL\n');
  await writeFile(path.join(dir, 'invalid-utf8.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
  await writeFile(path.join(dir, 'empty.md'), '');
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** A file's messages as plain data: what a reader of diagnostics sees. */
const messagesOf = (files: readonly VFile[]) => files.map((file) => ({ path: file.path, messages: file.messages.map((m) => ({ ...m })) }));

async function noteFiles(): Promise<VFile[]> {
  return (await readNotes(dir)).filter((file) => file.value !== undefined);
}

describe('parsing on worker threads', () => {
  it('gives every file the document and messages parsing it on the main thread gives', async () => {
    const here = await noteFiles();
    const there = await noteFiles();
    expect(here.length).toBeGreaterThan(80);
    const expected = here.map((file) => parseDocument(file));
    // Small chunks, two workers and the main thread only handing out, so the workers parse every file.
    const { documents, parsedByWorkers } = await parseInPool(there, { workers: 2, chunkSize: 3, mainThread: false });
    expect(parsedByWorkers).toBe(there.length);
    expect(documents).toStrictEqual(expected);
    expect(messagesOf(there)).toStrictEqual(messagesOf(here));
    const reported = messagesOf(there).filter((f) => f.messages.length > 0);
    expect(reported.map((f) => f.path)).toEqual(expect.arrayContaining(['broken-front-matter.md', 'nul.md', 'invalid-utf8.md', 'empty.md']));
    const nul = reported.find((f) => f.path === 'nul.md')!.messages[0]!;
    expect(nul).toMatchObject({ file: 'nul.md', line: 4, ruleId: 'binary-file' });
  });

  it('starts no worker for files the main thread parses in less time than one takes to start', async () => {
    const { parsedByWorkers } = await parseInPool(await noteFiles(), { workers: 1 });
    expect(parsedByWorkers).toBe(0);
  });

  it('loads the same library with workers as without', async () => {
    const alone = await new Library(dir, { threads: { workers: 0 } }).load();
    const pooled = await new Library(dir, { threads: { workers: 2, minFiles: 0, startWhenLeftMs: 0 } }).load();
    expect(pooled.parsed).toBe(alone.parsed);
    expect(pooled.atlas).toStrictEqual(alone.atlas);
    expect(pooled.documents).toStrictEqual(alone.documents);
    expect(pooled.diagnostics).toStrictEqual(alone.diagnostics);
    expect(pooled.diagnostics.some((d) => d.file === 'nul.md' && d.line === 4)).toBe(true);
  });
});
