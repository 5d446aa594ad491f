/**
 * `atlas serve` as a writer uses it: the notes folder edited on disk while the site is served,
 * the way editors save. `sed -i` writes a temporary file and renames it over the note, which
 * Node's recursive `fs.watch` lost after the first save on Linux; so the same note is saved that
 * way several times in a row, and notes are created, renamed and deleted. After each, the served
 * page (on disk and over HTTP) must show the new text. Every wait is for a condition, re-checked
 * on each update the server reports, with a bounded timeout: no sleeping.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedSite } from '../../src/serve/serve-site.ts';
import { serveSite } from '../../src/serve/serve-site.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { pageExists, readPageText } from '../support/read-page.ts';

const run = promisify(execFile);
const NOTE_FILE = '003_c04b0c3194ea4fe2.txt';
/** Long enough for a loaded machine; a missed edit never arrives, so it fails either way. */
const TIMEOUT_MS = 30_000;

let notesDir: string;
let site: TestSite;
let served: ServedSite;
const updates: string[][] = [];
const errors: string[] = [];
let wake: () => void = () => {};

beforeAll(async () => {
  notesDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-serve-notes-'));
  await cp('seeds', notesDir, { recursive: true });
  site = await buildTestSite(notesDir);
  served = await serveSite(site.session, {
    port: 0,
    onUpdate: (_update, paths) => {
      updates.push([...paths]);
      wake();
    },
    onError: (message) => {
      errors.push(message);
      wake();
    },
  });
}, 120_000);

afterAll(async () => {
  await served?.close();
  await site?.remove();
  if (notesDir) await rm(notesDir, { recursive: true, force: true });
});

/** Resolves once `condition` holds, checked now and after every update; rejects after the timeout. */
async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const woken = new Promise<void>((resolve) => (wake = resolve));
    if (await condition()) return;
    if (errors.length > 0) throw new Error(errors.join('\n'));
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Timed out waiting for: ${what} (updates so far: ${JSON.stringify(updates)})`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([woken, new Promise<void>((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
  }
}

const urlOf = (title: string) => site.session.site().atlas.notes.find((n) => n.title === title)?.url;
const noteUrl = () => site.session.site().atlas.notes.find((n) => n.file === NOTE_FILE)!.url;
const onDisk = (url: string, text: string) => pageExists(site.outDir, url) && readPageText(site.outDir, url).includes(text);
async function overHttp(url: string): Promise<string> {
  const response = await fetch(new URL(url.replace(/^\//, ''), served.url));
  return response.ok ? response.text() : '';
}

describe('atlas serve picks up every save', () => {
  it('shows each of several atomic saves (sed -i) of one note in a row', async () => {
    const url = noteUrl();
    for (const n of [1, 2, 3]) {
      const deck = `A deck saved by sed for the ${['first', 'second', 'third'][n - 1]} time.`;
      await run('sed', ['-i', `2s/.*/${deck}/`, path.join(notesDir, NOTE_FILE)]);
      await until(`save ${n} on disk`, () => onDisk(url, deck));
      expect(await overHttp(url)).toContain(deck);
    }
    // Only the note itself was reported: sed's temporary files never reach the updater.
    expect(updates.flat().every((p) => p === NOTE_FILE)).toBe(true);
  });

  const title = 'Does a note created while serving get its own page?';
  const note = (body: string) => `---\nkind: note\ntitle: ${title}\nsummary: A note the serve test writes.\ncollection: Serving\n---\n\n${body}\n`;

  it('adds a page for a new note', async () => {
    await writeFile(path.join(notesDir, 'created.md'), note('Created by the serve test.'));
    await until('the new note page', () => urlOf(title) !== undefined && onDisk(urlOf(title)!, 'Created by the serve test.'));
    expect(await overHttp(urlOf(title)!)).toContain('Created by the serve test.');
  });

  it('follows a renamed note file, and its next save', async () => {
    await rename(path.join(notesDir, 'created.md'), path.join(notesDir, 'renamed.md'));
    await until('the record read from its new file', () => site.session.site().atlas.notes.find((n) => n.title === title)?.file === 'renamed.md');
    const url = urlOf(title)!;
    expect(onDisk(url, 'Created by the serve test.')).toBe(true);
    await run('sed', ['-i', 's/Created by the serve test./Saved again after the rename./', path.join(notesDir, 'renamed.md')]);
    await until('the save after the rename', () => onDisk(url, 'Saved again after the rename.'));
    expect(await overHttp(url)).toContain('Saved again after the rename.');
  });

  it('removes the page of a deleted note', async () => {
    const url = urlOf(title)!;
    await rm(path.join(notesDir, 'renamed.md'));
    await until('the page gone', () => !pageExists(site.outDir, url));
    expect(urlOf(title)).toBeUndefined();
    expect((await fetch(new URL(url.replace(/^\//, ''), served.url))).status).toBe(404);
  });
});
