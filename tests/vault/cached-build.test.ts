/**
 * The build cache on vaults: a cached build into the same folder, after an edit an Obsidian user
 * makes (an embedded note changed, an attachment replaced or no longer used, a tag dropped, a note
 * made a draft and published again), leaves the folder as a clean build of the same notes writes
 * it, byte for byte, and writes the pages that show the change.
 */
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/eleventy/build-site.ts';
import { listFiles } from '../support/read-page.ts';

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A copy of a fixture vault, built once with the cache into a folder of its own. */
async function cachedVault(feature: string): Promise<{ notes: string; site: string; cache: string }> {
  const notes = await tempDir('atlas-vault-notes-');
  await cp(`tests/fixtures/vault/${feature}`, notes, { recursive: true });
  const site = await tempDir('atlas-vault-site-');
  const cache = await tempDir('atlas-vault-cache-');
  await buildSite({ notesDir: notes, outDir: site, cacheDir: cache });
  return { notes, site, cache };
}

const LONG_AGO = new Date('2001-01-01T00:00:00Z');

/** Build again with the cache, check the folder against a clean build; the files written. */
async function expectCachedEqualsClean(vault: { notes: string; site: string; cache: string }): Promise<string[]> {
  for (const file of listFiles(vault.site)) utimesSync(path.join(vault.site, file), LONG_AGO, LONG_AGO);
  const cached = await buildSite({ notesDir: vault.notes, outDir: vault.site, cacheDir: vault.cache });
  expect(cached.incremental).toBe(true);
  const written = listFiles(vault.site).filter((file) => statSync(path.join(vault.site, file)).mtimeMs > LONG_AGO.getTime());
  const cleanDir = await tempDir('atlas-vault-clean-');
  const clean = await buildSite({ notesDir: vault.notes, outDir: cleanDir });
  const files = listFiles(cleanDir);
  expect(listFiles(vault.site)).toEqual(files);
  expect(files.filter((f) => !readFileSync(path.join(cleanDir, f)).equals(readFileSync(path.join(vault.site, f))))).toEqual([]);
  expect(cached.diagnostics).toEqual(clean.diagnostics);
  return written;
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

describe('a cached build of a vault', () => {
  it('follows an embedded note, a replaced attachment and an embed removed', async () => {
    const vault = await cachedVault('embeds');
    await edit(path.join(vault.notes, 'Quote of the day.md'), (text) => text.replace('lots of ideas', 'lots of ideas, and throw the bad ones away'));
    const written = await expectCachedEqualsClean(vault);
    expect(written).toContain('notes/daily-note/index.html');

    await writeFile(path.join(vault.notes, 'attachments/photo.png'), Buffer.concat([readFileSync(path.join(vault.notes, 'attachments/photo.png')), Buffer.from([0])]));
    expect(await expectCachedEqualsClean(vault)).toContain('attachments/attachments/photo.png');

    await edit(path.join(vault.notes, 'Daily note.md'), (text) => text.replace('![[Engelbart.png|100]]', ''));
    await expectCachedEqualsClean(vault);
    expect(listFiles(vault.site).some((f) => f.endsWith('Engelbart.png'))).toBe(false);
  }, 120_000);

  it('drops the page of a tag no note carries any more', async () => {
    const vault = await cachedVault('tags');
    await edit(path.join(vault.notes, 'Gardening.md'), (text) => text.replace(' and #seasonal are inline tags', ' is an inline tag'));
    await expectCachedEqualsClean(vault);
    expect(listFiles(vault.site).some((f) => f.startsWith('tags/seasonal/'))).toBe(false);
  }, 120_000);

  it('takes a note made a draft out of every file, and puts it back when published again', async () => {
    const vault = await cachedVault('privacy');
    const file = path.join(vault.notes, 'Visible friend.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('---\n', '---\ndraft: true\n'));
    await expectCachedEqualsClean(vault);
    for (const f of listFiles(vault.site)) expect(readFileSync(path.join(vault.site, f), 'utf8'), f).not.toContain('Hello from a public page');
    await writeFile(file, original);
    await expectCachedEqualsClean(vault);
    expect(listFiles(vault.site).some((f) => f.startsWith('notes/visible-friend/'))).toBe(true);
  }, 120_000);
});
