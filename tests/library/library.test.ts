/**
 * The `Library`: one place a notes folder becomes an atlas. After an update it holds what a fresh
 * load of the folder holds (the same atlas, the same diagnostics), and it names exactly the
 * records that were added, removed or changed.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';

const NOTE = '003_c04b0c3194ea4fe2.txt';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-library-'));
  await cp('seeds', dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The atlas as JSON without source positions, which a fresh parse makes as new objects. */
const comparable = (value: unknown) => JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v));

async function expectSameAsFreshLoad(library: Library): Promise<void> {
  const fresh = await new Library(dir).load();
  expect(comparable(library.current.atlas)).toBe(comparable(fresh.atlas));
  expect(library.current.diagnostics).toEqual(fresh.diagnostics);
}

describe('Library', () => {
  it('loads every record as added', async () => {
    const state = await new Library(dir).load();
    const ids = [...state.atlas.lines, ...state.atlas.notes, ...state.atlas.papers, ...state.atlas.collections].map((r) => r.id).sort();
    expect(state.changes).toEqual({ added: ids, removed: [], changed: [] });
  });

  it('names the record whose file changed, and only what its data reaches', async () => {
    const library = new Library(dir);
    const { atlas } = await library.load();
    const note = atlas.notes.find((n) => n.file === NOTE)!;
    const text = await readFile(path.join(dir, NOTE), 'utf8');
    await writeFile(path.join(dir, NOTE), text.replace(/^(.*\n)(.*\n)/, '$1A new deck.\n'));
    const state = await library.update([NOTE]);
    expect(state.changes.changed).toContain(note.id);
    expect(state.changes.added).toEqual([]);
    expect(state.changes.removed).toEqual([]);
    expect(state.atlas.notes.find((n) => n.id === note.id)!.summary).toBe('A new deck.');
    await expectSameAsFreshLoad(library);
  });

  it('adds the records of a new file and removes them when it is deleted', async () => {
    const library = new Library(dir);
    await library.load();
    const title = 'Does a library add a note written after it loaded?';
    await writeFile(path.join(dir, 'added.md'), `---\nkind: note\ntitle: ${title}\ncollection: Library tests\n---\n\nBody.\n`);
    const added = await library.update(['added.md']);
    const id = added.atlas.notes.find((n) => n.title === title)!.id;
    const collection = added.atlas.collections.find((c) => c.name === 'Library tests')!.id;
    expect(added.changes.added).toEqual([collection, id].sort());
    await expectSameAsFreshLoad(library);

    await rm(path.join(dir, 'added.md'));
    const removed = await library.update(['added.md']);
    expect(removed.changes.removed).toEqual([collection, id].sort());
    expect(removed.changes.added).toEqual([]);
    await expectSameAsFreshLoad(library);
  });

  it('reports nothing changed when a file is read again as it was', async () => {
    const library = new Library(dir);
    await library.load();
    const other = (await library.update(['001_41c51b27878f607e.txt'])).changes;
    // The file's own records count as changed (a body is not compared); nothing else does.
    const own = library.current.atlas.lines.filter((l) => l.file === '001_41c51b27878f607e.txt').map((l) => l.id);
    expect(other).toEqual({ added: [], removed: [], changed: own });
    await expectSameAsFreshLoad(library);
  });

  it('keeps no cache between libraries: two libraries of different folders resolve independently', async () => {
    const a = new Library(dir);
    const b = new Library('tests/fixtures/site/notes');
    const first = comparable((await a.load()).atlas);
    await b.load();
    expect(comparable((await a.update([NOTE])).atlas)).toBe(first);
  });
});
