/**
 * `atlas serve` on a vault: a note made private while serving (`draft: true` added) or public again, a tag dropped or an embed removed leaves the site as a
 * fresh build would: its page gone, its text in no file, what named it now plain text.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles, pageExists } from '../support/read-page.ts';

let dir: string;
let served: TestSite;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-serve-'));
  await cp('tests/fixtures/vault/privacy', dir, { recursive: true });
  served = await buildTestSite(dir);
}, 120_000);
afterAll(async () => {
  await served?.remove();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a note made private while serving', () => {
  it('is gone from every file, and the pages match a fresh build', async () => {
    const updater = served.session;
    const file = path.join(dir, 'Visible friend.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('---\n', '---\ndraft: true\n'));
    const update = await updater.update(['Visible friend.md']);
    await update.background;
    expect(pageExists(served.outDir, '/notes/visible-friend/')).toBe(false);
    for (const f of listFiles(served.outDir)) expect(readFileSync(path.join(served.outDir, f), 'utf8'), f).not.toContain('Hello from a public page');
    await expectSameAsFreshBuild();
  }, 120_000);
});

describe('a draft made public again while serving', () => {
  it('is linked from the notes that name it at once, unsaved, and the pages match a fresh build', async () => {
    const updater = served.session;
    const file = path.join(dir, 'Secret plan.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('draft: true\n', ''));
    const update = await updater.update(['Secret plan.md']);
    await update.background;
    expect(pageExists(served.outDir, '/notes/secret-plan/')).toBe(true);
    expect(readFileSync(path.join(served.outDir, 'notes/public-note/index.html'), 'utf8')).toMatch(/href="[^"]*\/notes\/secret-plan\/"/);
    await expectSameAsFreshBuild();
  }, 120_000);
});

describe('a tag dropped while serving', () => {
  it('takes its page away, as a fresh build has none', async () => {
    const tagsDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-tags-'));
    await cp('tests/fixtures/vault/tags', tagsDir, { recursive: true });
    const site = await buildTestSite(tagsDir);
    try {
      expect(pageExists(site.outDir, '/tags/seasonal/')).toBe(true);
      expect(pageExists(site.outDir, '/tags/hobby/plants/')).toBe(true);
      const updater = site.session;
      const file = path.join(tagsDir, 'Gardening.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('#hobby/plants and #seasonal are', 'hobby plants and seasons are'));
      const update = await updater.update(['Gardening.md']);
      const { removed } = await update.background;
      expect(removed).toEqual(expect.arrayContaining(['tags/seasonal/index.html', 'tags/hobby/plants/index.html']));
      const fresh = await buildTestSite(tagsDir);
      try {
        const html = (out: string) => listFiles(out).filter((f) => f.endsWith('.html'));
        expect(html(site.outDir)).toEqual(html(fresh.outDir));
        const differing = html(fresh.outDir).filter((f) => !readFileSync(path.join(fresh.outDir, f)).equals(readFileSync(path.join(site.outDir, f))));
        expect(differing).toEqual([]);
      } finally {
        await fresh.remove();
      }
    } finally {
      await site.remove();
      await rm(tagsDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('an embed removed while serving', () => {
  it('takes away the copy of the attachment no note uses any more, and its empty folder', async () => {
    const embedsDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-embeds-'));
    await cp('tests/fixtures/vault/embeds', embedsDir, { recursive: true });
    const site = await buildTestSite(embedsDir);
    try {
      const copies = () => listFiles(site.outDir).filter((f) => f.startsWith('attachments/'));
      expect(copies()).toContain('attachments/diagrams/flow.svg');
      const updater = site.session;
      const file = path.join(embedsDir, 'Daily note.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('![[diagrams/flow.svg|120x80]]', 'No diagram today.'));
      const update = await updater.update(['Daily note.md']);
      await update.background;
      expect(copies()).not.toContain('attachments/diagrams/flow.svg');
      const fresh = await buildTestSite(embedsDir);
      try {
        expect(listFiles(site.outDir)).toEqual(listFiles(fresh.outDir));
      } finally {
        await fresh.remove();
      }
    } finally {
      await site.remove();
      await rm(embedsDir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** The served folder holds what a fresh build of the notes writes: every file, byte for byte. */
async function expectSameAsFreshBuild(): Promise<void> {
  const fresh = await buildTestSite(dir);
  try {
    const files = listFiles(fresh.outDir);
    expect(listFiles(served.outDir)).toEqual(files);
    expect(files.filter((f) => !readFileSync(path.join(fresh.outDir, f)).equals(readFileSync(path.join(served.outDir, f))))).toEqual([]);
  } finally {
    await fresh.remove();
  }
}
