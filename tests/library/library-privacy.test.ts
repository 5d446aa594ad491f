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

  it('links a draft made public again by an update from the notes that name it, unsaved, as a fresh load does', async () => {
    await writeFile(path.join(dir, 'Later.md'), note('Later', 'Private for now.', 'draft: true\n'));
    const library = new Library(dir);
    await library.load(undefined, SETTINGS);
    expect(titles(library)).toEqual(['Open']);
    await writeFile(path.join(dir, 'Later.md'), note('Later', 'Public now.'));
    const state = await library.update(['Later.md']);
    expect(titles(library)).toEqual(['Later', 'Open']);
    const open = state.atlas.notes.find((n) => n.title === 'Open')!;
    expect(state.changes.changed).toContain(open.id);
    expect(state.atlas.graph.edges.some((e) => e.source === open.id && e.target === state.atlas.notes.find((n) => n.title === 'Later')!.id)).toBe(true);
    const fresh = await new Library(dir).load(undefined, SETTINGS);
    expect(comparable(state.atlas)).toBe(comparable(fresh.atlas));
    expect(state.diagnostics).toEqual(fresh.diagnostics);
  });

  it('keeps a note made a draft by an update out when a note naming it is saved later', async () => {
    const library = new Library(dir);
    await library.load(undefined, SETTINGS);
    await writeFile(path.join(dir, 'Later.md'), note('Later', 'Private now.', 'draft: true\n'));
    await library.update(['Later.md']);
    await writeFile(path.join(dir, 'Open.md'), note('Open', 'Still names [[Secret]] and [[Later]].'));
    const state = await library.update(['Open.md']);
    expect(titles(library)).toEqual(['Open']);
    const fresh = await new Library(dir).load(undefined, SETTINGS);
    expect(comparable(state.atlas)).toBe(comparable(fresh.atlas));
    expect(state.diagnostics).toEqual(fresh.diagnostics);
  });

  it('treats a name as no longer private once its ignored file is deleted, as a fresh load does', async () => {
    const library = new Library(dir);
    await library.load(undefined, SETTINGS);
    await rm(path.join(dir, 'private', 'Secret.md'));
    const state = await library.update(['private/Secret.md']);
    const fresh = await new Library(dir).load(undefined, SETTINGS);
    expect(state.privateTitles?.has('secret')).toBe(false);
    expect(comparable(state.atlas)).toBe(comparable(fresh.atlas));
    expect(state.diagnostics).toEqual(fresh.diagnostics);
  });
});
