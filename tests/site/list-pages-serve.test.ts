/**
 * `atlas serve` and the list pages: an edit renders them again, and a list that gets shorter
 * loses its last page, as a fresh build of the edited notes would have it.
 */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../src/site/data/list-pages.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles, pageExists } from '../support/read-page.ts';

let root: string;
let notes: string;
let served: TestSite;

const note = (i: number) => `---\nkind: note\ntitle: Is note number ${i} a question?\nsummary: Note ${i} of a long list.\n---\n\nThe body of note ${i}.\n`;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atlas-lists-'));
  notes = path.join(root, 'notes');
  await mkdir(notes);
  for (let i = 0; i <= LIST_PAGE_SIZE; i++) await writeFile(path.join(notes, `note-${i}.md`), note(i));
  served = await buildTestSite(notes);
}, 120_000);
afterAll(async () => {
  await served?.remove();
  await rm(root, { recursive: true, force: true });
});

describe('list pages under atlas serve', () => {
  it('drops the last page of a list that got shorter, as a fresh build has it', async () => {
    expect(pageExists(served.outDir, '/notes/2/')).toBe(true);
    const updater = served.session;
    await rm(path.join(notes, 'note-7.md'));
    const update = await updater.update(['note-7.md']);
    const { removed } = await update.background;
    expect(pageExists(served.outDir, '/notes/2/')).toBe(false);
    expect(removed).toContain('notes/2/index.html');
    const fresh = await buildTestSite(notes);
    try {
      const html = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.html'));
      expect(html(served.outDir)).toEqual(html(fresh.outDir));
    } finally {
      await fresh.remove();
    }
  });
});
