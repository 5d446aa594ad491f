/**
 * The `Library` applies the vault's privacy on both of its paths: a load and an update leave out
 * what `ignore:` names and what says `draft: true`, and what names either is plain text, as in a
 * fresh load of the folder by the same settings.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';

const SETTINGS = { ignore: ['private/'] };
let dir: string;

const note = (title: string, body: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\n${body}\n`;
const titles = (library: Library) => library.current.atlas.notes.map((n) => n.title).sort();
const comparable = (value: unknown) => JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v));

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-library-privacy-'));
  await mkdir(path.join(dir, 'private'));
  await writeFile(path.join(dir, 'Open.md'), note('Open', 'Names [[Secret]] and [[Later]].'));
  await writeFile(path.join(dir, 'private', 'Secret.md'), note('Secret', 'Kept to itself.'));
  await writeFile(path.join(dir, 'Later.md'), note('Later', 'Public for now.'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('Library privacy', () => {
  it('leaves out ignored files on load, and what names them makes no stub', async () => {
    const library = new Library(dir);
    const state = await library.load(undefined, SETTINGS);
    expect(titles(library)).toEqual(['Later', 'Open']);
    expect(state.privateTitles?.has('secret')).toBe(true);
    expect(state.diagnostics.some((d) => d.ruleId === 'private-file')).toBe(true);
  });

  it('drops a note made a draft by an update, and what names it, as a fresh load would', async () => {
    const library = new Library(dir);
    await library.load(undefined, SETTINGS);
    await writeFile(path.join(dir, 'Later.md'), note('Later', 'Private now.', 'draft: true\n'));
    const state = await library.update(['Later.md']);
    expect(titles(library)).toEqual(['Open']);
    expect(state.changes.removed.length).toBeGreaterThan(0);
    const fresh = await new Library(dir).load(undefined, SETTINGS);
    expect(comparable(state.atlas)).toBe(comparable(fresh.atlas));
  });
});
