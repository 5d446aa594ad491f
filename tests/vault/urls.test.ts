/**
 * Urls of vault notes: folders kept (`/notes/<folder>/<slug>/`), so same-named notes in two
 * folders keep apart; any script transliterated, and a title slugify keeps nothing of (Chinese,
 * Japanese…) slugged by a hash of itself, which adding another note never changes; `urls: flat`
 * for the flat form. The export format keeps its urls (tests/resolve/seeds.test.ts).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/atlas.ts';
import { readNotes } from '../../src/load/read-notes.ts';
import { pageExists } from '../support/read-page.ts';
import { buildTestSite, type TestSite } from '../support/build-site.ts';
import { vaultDir } from './vault-fixture.ts';

let site: TestSite;
beforeAll(async () => {
  site = await buildTestSite(vaultDir('urls'));
}, 120_000);
afterAll(() => site?.remove());

async function urlsOf(dir: string, options: Parameters<typeof buildAtlas>[1] = {}): Promise<Map<string, string>> {
  const { atlas } = buildAtlas(await readNotes(dir), options);
  return new Map(atlas.notes.filter((n) => n.file !== null).map((n) => [n.file!, n.url]));
}

describe('vault urls', () => {
  it('keep the folders, so two notes of one name have two pages', () => {
    const urls = new Map(site.session.site().atlas.notes.map((n) => [n.file, n.url]));
    expect(urls.get('Reading/Deep Work.md')).toBe('/notes/reading/deep-work/');
    expect(urls.get('Writing/Deep Work.md')).toBe('/notes/writing/deep-work/');
    expect(urls.get('Français/Été.md')).toBe('/notes/francais/ete-a-paris/');
    expect(site.session.diagnostics.filter((d) => d.ruleId === 'slug-collision')).toEqual([]);
    for (const url of urls.values()) expect(pageExists(site.outDir, url), url).toBe(true);
  });

  it('slug a Chinese or Japanese title by a hash of the title, never a counter', () => {
    const urls = new Map(site.session.site().atlas.notes.map((n) => [n.file, n.url]));
    const chinese = urls.get('学习方法.md')!;
    const japanese = urls.get('記憶の仕組み.md')!;
    expect(chinese).toMatch(/^\/notes\/t-[0-9a-z]{8}\/$/);
    expect(japanese).toMatch(/^\/notes\/t-[0-9a-z]{8}\/$/);
    expect(chinese).not.toBe(japanese);
  });

  it('keep every page where it was when another note is added, even one that sorts first', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-urls-'));
    try {
      await cp(vaultDir('urls'), dir, { recursive: true });
      const before = await urlsOf(dir);
      await writeFile(path.join(dir, '一个新笔记.md'), '# 一个新笔记\n\n新的内容。\n');
      // Sorts before every other file: under a counter it would have taken `untitled`.
      await writeFile(path.join(dir, '0 最初.md'), '# 最初的笔记\n\n排在最前面。\n');
      const after = await urlsOf(dir);
      for (const [file, url] of before) expect(after.get(file), file).toBe(url);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are flat with `urls: flat`', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-flat-'));
    try {
      await cp(vaultDir('urls'), dir, { recursive: true });
      await writeFile(path.join(dir, 'atlas.config.yml'), 'urls: flat\n');
      const flat = await buildTestSite(dir);
      try {
        const urls = new Map(flat.session.site().atlas.notes.map((n) => [n.file, n.url]));
        expect(urls.get('Reading/Deep Work.md')).toBe('/notes/deep-work/');
        expect(urls.get('Writing/Deep Work.md')).toBe('/notes/deep-work-2/');
        expect(pageExists(flat.outDir, '/notes/deep-work-2/')).toBe(true);
      } finally {
        await flat.remove();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
