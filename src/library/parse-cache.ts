/**
 * Parsed documents kept on disk between builds, so a second `atlas build` parses only the files
 * that changed. An entry is named by a hash of the tool's version (the package's version and the
 * text of its source, so any change to the parser makes every entry a miss), the file's path and
 * its bytes: a hit is exactly what parsing would give, the document and the parser's messages.
 * Entries are written whole (beside, then renamed), a damaged one reads as a miss, and after a
 * load the entries this library no longer uses are removed.
 *
 * Default folder: `node_modules/.cache/atlas` under the working directory, where build tools keep
 * their caches (ignored by git, removed with `node_modules`); `--no-cache` builds without it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { VFile } from 'vfile';
import type { ParsedDocument } from '../model.ts';
import { toolVersion } from './tool-version.ts';

export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'atlas');

/** VFileMessage's prototype, from vfile itself (vfile-message is not a dependency of ours). */
const MESSAGE_PROTOTYPE = Object.getPrototypeOf(new VFile().message('')) as object;

interface Entry {
  document?: ParsedDocument;
  /** The parser's messages, their own fields copied (a VFileMessage is an Error: v8 would drop them). */
  messages: Record<string, unknown>[];
}

export class ParseCache {
  readonly #dir: string;
  readonly #used = new Set<string>();
  /** Files parsed (misses) and taken from the cache (hits) since the last `prune`. */
  parsed = 0;
  reused = 0;

  /** `root`: the cache folder; entries go in a folder of their own per notes folder. */
  constructor(root: string, notesDir: string) {
    this.#dir = path.join(path.resolve(root), 'parse', hash(path.resolve(notesDir)).slice(0, 16));
    mkdirSync(this.#dir, { recursive: true });
  }

  /** The document and messages parsing `file` gave last time, put back on `file`; `false` on a miss. */
  restore(file: VFile): { document: ParsedDocument | undefined } | false {
    const key = keyOf(file);
    let entry: Entry;
    try {
      entry = deserialize(readFileSync(path.join(this.#dir, key))) as Entry;
    } catch {
      return false;
    }
    this.#used.add(key);
    for (const fields of entry.messages) file.messages.push(Object.assign(Object.create(MESSAGE_PROTOTYPE) as VFile['messages'][number], fields));
    this.reused++;
    return { document: entry.document };
  }

  /** Keep what parsing `file` gave: `messagesBefore` is how many messages it had before. */
  store(file: VFile, document: ParsedDocument | undefined, messagesBefore: number): void {
    const key = keyOf(file);
    this.#used.add(key);
    this.parsed++;
    const entry: Entry = { messages: file.messages.slice(messagesBefore).map((message) => ({ ...message })), ...(document ? { document } : {}) };
    const target = path.join(this.#dir, key);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, serialize(entry));
      renameSync(temporary, target);
    } catch {
      rmSync(temporary, { force: true }); // a cache that cannot be written is only slower
    }
  }

  /** Remove the entries no file of this load used. */
  prune(): void {
    for (const name of readdirSync(this.#dir)) if (!this.#used.has(name)) rmSync(path.join(this.#dir, name), { force: true });
    this.#used.clear();
  }
}

function keyOf(file: VFile): string {
  const value = file.value;
  const bytes = typeof value === 'string' ? Buffer.from(value) : (value ?? new Uint8Array());
  return createHash('sha1').update(toolVersion()).update('\0').update(file.path).update('\0').update(bytes).digest('hex');
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
