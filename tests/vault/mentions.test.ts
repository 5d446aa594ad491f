/**
 * Prose mentions in a vault: explicit links always; a title named in plain prose is linked only
 * when it has three words or more (`mentions: long`, the default), so a note called "Settings" or
 * an alias "COPD" does not take over every use of the word; `mentions: all` and `off` say otherwise.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/read-page.ts';
import { buildTestSite } from '../support/build-site.ts';
import { vaultDir } from './vault-fixture.ts';

async function journalLinks(config?: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-mentions-'));
  await cp(vaultDir('mentions'), dir, { recursive: true });
  if (config) await writeFile(path.join(dir, 'atlas.config.yml'), config);
  const site = await buildTestSite(dir);
  try {
    const $ = readPage(site.outDir, '/notes/journal/');
    return $('.note-body a')
      .map((_, a) => `${$(a).text()} → ${$(a).attr('href')}`)
      .get();
  } finally {
    await site.remove();
    await rm(dir, { recursive: true, force: true });
  }
}

describe('prose mentions in a vault', () => {
  it('link titles of three words or more by default, and every explicit link', async () => {
    expect(await journalLinks()).toEqual(['how sleep shapes memory → /notes/how-sleep-shapes-memory/', 'Settings → /notes/settings/', 'COPD → /notes/chronic-obstructive-pulmonary-disease/']);
  }, 120_000);

  it('link every title with `mentions: all`, none in prose with `mentions: off`', async () => {
    expect(await journalLinks('mentions: all\n')).toEqual([
      'settings → /notes/settings/',
      'COPD → /notes/chronic-obstructive-pulmonary-disease/',
      'how sleep shapes memory → /notes/how-sleep-shapes-memory/',
      'Settings → /notes/settings/',
      'COPD → /notes/chronic-obstructive-pulmonary-disease/',
    ]);
    expect(await journalLinks('mentions:\n  markdown: off\n')).toEqual(['Settings → /notes/settings/', 'COPD → /notes/chronic-obstructive-pulmonary-disease/']);
  }, 120_000);
});
