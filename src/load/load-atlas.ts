import type { BuiltAtlas } from '../atlas.ts';
import { buildAtlas } from '../atlas.ts';
import { readNotes } from './read-notes.ts';

/** Read the notes folder `dir` and build its atlas. */
export async function loadAtlas(dir: string): Promise<BuiltAtlas> {
  return buildAtlas(await readNotes(dir));
}
