/**
 * A notes folder as an atlas, kept between builds: the one place files are read, parsed and
 * resolved, for `atlas parse`/`check`, `atlas build` and `atlas serve` alike. It owns what one
 * build lends the next: each file with its parsed document (only a file that changed is read and
 * parsed again) and the resolver's memory (the mention linker over every title, each body's
 * mentions). `load` reads the whole folder; `update(paths)` takes in the files at `paths` and
 * says exactly which records were added, removed or changed.
 *
 * Privacy (`src/load/privacy.ts`) is applied here, on both paths: files the settings' `ignore:`
 * names are kept as files (for their message) with nothing parsed, unpublished notes are dropped
 * once parsed, and what names them elsewhere becomes plain text, so no output ever holds them.
 */
import type { VFile } from 'vfile';
import type { Atlas, Diagnostic, ParsedDocument } from '../model.ts';
import { collectDiagnostics } from '../diagnostics.ts';
import { isSkippedPath, readNoteFile, readNotes } from '../load/read-notes.ts';
import { parseDocument } from '../parse/index.ts';
import { ignoredFile, ignoreMatcher, keepPublished, privateNamesOf, privateTitleSet, scrubPrivateReferences } from '../load/privacy.ts';
import { resolveAtlas, type ResolveOptions } from '../resolve/index.ts';
import { ResolveMemory } from '../resolve/resolve-memory.ts';
import type { BuildProgress } from './build-progress.ts';
import { silentProgress } from './build-progress.ts';
import type { RecordChanges } from './record-changes.ts';
import { recordChanges } from './record-changes.ts';
import type { ParseCache } from './parse-cache.ts';
import { defaultWorkerCount, parseInPool } from './parse-pool.ts';

/** One resolved library: the atlas, the documents it was resolved from, every file read, every problem. */
export interface BuiltAtlas {
  atlas: Atlas;
  documents: ParsedDocument[];
  files: VFile[];
  diagnostics: Diagnostic[];
  /** Folded titles of unpublished notes (`src/load/privacy.ts`), so `atlas serve` keeps them out too. */
  privateTitles?: ReadonlySet<string>;
}

/**
 * The notes folder's settings the library reads and resolves by (`atlas.config.yml`): vault urls
 * and mentions (and the resolver's other options), and the `ignore:` patterns.
 */
export interface LibrarySettings extends Omit<ResolveOptions, 'memory'> {
  ignore?: readonly string[];
}

/** What `load` and `update` return: the library now, and what changed since the last call. */
export interface LibraryState extends BuiltAtlas {
  /** Records added, removed or changed; after `load`, every record is added. */
  changes: RecordChanges;
  /** Note files read again (relative paths), gone ones included. */
  filesRead: string[];
  /** Milliseconds reading and parsing, and resolving. */
  timings: { parse: number; resolve: number };
  /** Note files parsed by this call; the others came from the parse cache (or were not read again). */
  parsed: number;
}

interface NoteFile {
  file: VFile;
  document?: ParsedDocument;
  /** The folded names this file keeps private: it is `ignore:`d, or an unpublished note. */
  privateNames?: readonly string[];
  /** The private names scrubbed from `document`: it is read again when one is published. */
  scrubbed?: ReadonlySet<string>;
}

/**
 * Rules the resolver reports, which any edit can change in any file: dropped before resolving
 * again. Others depend on their own file only, and a changed file is read afresh, without them.
 */
const RESOLVER_RULES = new Set([
  'duplicate-title',
  'slug-collision',
  'unresolved-next',
  'unresolved-link',
  'self-reference',
  'broken-link',
  'missing-attachment',
  'unresolved-anchor',
  'ambiguous-link',
  'embed-loop',
  'embed-depth',
]);

/** When `load` parses on worker threads too, and on how many. */
export interface ParseThreads {
  workers?: number;
  minFiles?: number;
  /** When workers start (`parse-pool.ts`): once the main thread has this much parsing left; 0, at once. */
  startWhenLeftMs?: number;
}

/**
 * Files left to parse from which `load` hands them to the pool (`parse-pool.ts`), which starts
 * workers only once the main thread's pace says they will pay: below this, not even the
 * worker's script is looked for.
 */
const PARSE_IN_WORKERS_FROM = 200;

/** Progress is reported every this many files: often enough for a bar, cheap enough for 10,000. */
const ADVANCE_EVERY = 50;

const EMPTY_ATLAS: Atlas = { lines: [], notes: [], papers: [], collections: [], graph: { nodes: [], edges: [] } };

export class Library {
  /** The notes folder; files are named relative to it. */
  readonly dir: string;
  readonly #notes = new Map<string, NoteFile>();
  readonly #memory = new ResolveMemory();
  readonly #cache: ParseCache | undefined;
  readonly #threads: ParseThreads;
  #current?: BuiltAtlas;
  #parsed = 0;
  #settings: LibrarySettings = {};
  /** Folded titles of what the last load or update left out, scrubbed from what names them. */
  #privateTitles: ReadonlySet<string> = new Set();
  /** Private names of an adopted atlas: which file keeps each is not known, so they stay private. */
  #adoptedPrivate: ReadonlySet<string> = new Set();

  /**
   * `cache`: parsed documents kept on disk between builds (`parse-cache.ts`); none by default.
   * `threads`: worker threads for `load` (`workers`: default one per core beside this one, 0 for
   * none), when at least `minFiles` files are to be parsed (default 200) and the main thread
   * has more than `startWhenLeftMs` of parsing left (`parse-pool.ts`).
   */
  constructor(dir: string, options: { cache?: ParseCache; threads?: ParseThreads } = {}) {
    this.dir = dir;
    this.#cache = options.cache;
    this.#threads = options.threads ?? {};
  }

  /** The library as last loaded or updated. */
  get current(): BuiltAtlas {
    if (!this.#current) throw new Error('Library.current read before load()');
    return this.#current;
  }

  /**
   * Read every note file in the folder, parse (on worker threads too, for a large folder:
   * `parse-pool.ts`) and resolve; stages go to `progress`. `settings` are kept for later `update`s.
   */
  async load(progress: BuildProgress = silentProgress, settings: LibrarySettings = this.#settings): Promise<LibraryState> {
    progress.start('read');
    const files = await readNotes(this.dir);
    progress.end('read', files.length);
    const started = performance.now();
    const { all, noteFiles, ignoredPaths } = this.#take(files, settings);
    progress.start('parse', noteFiles.length);
    const documents = await this.#parseAll(noteFiles, progress);
    const state = this.#publish(all, documents, ignoredPaths, progress, started);
    this.#cache?.prune();
    return state;
  }

  /** Like `load`, over files already read (in `readNotes`'s order), parsed on this thread; for tests and tools. */
  loadFiles(read: readonly VFile[], progress: BuildProgress = silentProgress, settings: LibrarySettings = this.#settings): LibraryState {
    const started = performance.now();
    const { all, noteFiles, ignoredPaths } = this.#take(read, settings);
    progress.start('parse', noteFiles.length);
    const documents = noteFiles.map((file, i) => {
      const document = this.#parse(file);
      if ((i + 1) % ADVANCE_EVERY === 0) progress.advance('parse', i + 1);
      return document;
    });
    return this.#publish(all, documents, ignoredPaths, progress, started);
  }

  /** Keep `settings` and the files read, `ignore:`d ones emptied; say which are notes to parse. */
  #take(read: readonly VFile[], settings: LibrarySettings): { all: VFile[]; noteFiles: VFile[]; ignoredPaths: string[] } {
    this.#settings = settings;
    this.#notes.clear();
    const isIgnored = ignoreMatcher(settings.ignore ?? []);
    const ignoredPaths: string[] = [];
    const all = read.map((file) => {
      if (!isIgnored(file.path)) return file;
      ignoredPaths.push(file.path);
      return ignoredFile(file);
    });
    for (const file of all) this.#notes.set(file.path, { file });
    return { all, noteFiles: all.filter((file) => file.value !== undefined), ignoredPaths }; // others carry their own message
  }

  /**
   * `noteFiles` parsed, each document at its file's index (`undefined`: no record): from the
   * cache, else on this thread, or on worker threads too when enough files are left to parse.
   */
  async #parseAll(noteFiles: readonly VFile[], progress: BuildProgress): Promise<(ParsedDocument | undefined)[]> {
    const documents = new Array<ParsedDocument | undefined>(noteFiles.length);
    const missing: number[] = [];
    for (const [i, file] of noteFiles.entries()) {
      const cached = this.#cache?.restore(file);
      if (cached) documents[i] = cached.document;
      else missing.push(i);
    }
    const { workers = defaultWorkerCount(), minFiles = PARSE_IN_WORKERS_FROM, startWhenLeftMs } = this.#threads;
    if (workers === 0 || missing.length < minFiles) {
      for (const [n, i] of missing.entries()) {
        documents[i] = this.#parse(noteFiles[i]!);
        if ((n + 1) % ADVANCE_EVERY === 0) progress.advance('parse', n + 1);
      }
      return documents;
    }
    const files = missing.map((i) => noteFiles[i]!);
    const before = files.map((file) => file.messages.length);
    let reported = 0;
    const onProgress = (done: number): void => {
      if (done - reported < ADVANCE_EVERY) return;
      reported = done;
      progress.advance('parse', done);
    };
    const parsed = await parseInPool(files, { workers, onProgress, ...(startWhenLeftMs === undefined ? {} : { startWhenLeftMs }) });
    for (const [n, i] of missing.entries()) {
      documents[i] = parsed.documents[n];
      this.#cache?.store(files[n]!, parsed.documents[n], before[n]!);
    }
    this.#parsed += files.length;
    return documents;
  }

  /** Drop what is not published, keep the rest, resolve. */
  #publish(files: VFile[], parsedDocuments: readonly (ParsedDocument | undefined)[], ignoredPaths: string[], progress: BuildProgress, started: number): LibraryState {
    progress.end('parse', parsedDocuments.length);
    const parsed = performance.now();
    progress.start('resolve');
    // Documents straight from the list, not from the map by path: a list made by hand (the
    // property tests) may repeat a path, and the resolver orders even those.
    const published = keepPublished(
      parsedDocuments.filter((document): document is ParsedDocument => document !== undefined),
      files,
      ignoredPaths,
    );
    this.#privateTitles = published.privateTitles;
    this.#adoptedPrivate = new Set();
    const documents = published.documents;
    const byFile = new Map(files.map((file) => [file.path, file]));
    for (const [relative, privateNames] of published.privateNames) this.#notes.set(relative, { file: byFile.get(relative)!, privateNames });
    for (const document of documents) {
      const scrubbed = published.scrubbed.get(document.file);
      this.#notes.set(document.file, { file: byFile.get(document.file)!, document, ...(scrubbed ? { scrubbed } : {}) });
    }
    const state = this.#resolve([...files], documents, new Set(files.map((f) => f.path)), started, parsed, undefined);
    progress.end('resolve', state.atlas.graph.edges.length);
    return state;
  }

  /**
   * Start from an atlas built elsewhere (a test's ready-made one): its files and documents are
   * kept as if this library had read them, so `update` can follow.
   */
  adopt(built: BuiltAtlas): BuiltAtlas {
    this.#notes.clear();
    this.#privateTitles = built.privateTitles ?? new Set();
    this.#adoptedPrivate = this.#privateTitles;
    const documents = new Map(built.documents.map((d) => [d.file, d]));
    for (const file of built.files) {
      const document = documents.get(file.path);
      this.#notes.set(file.path, document ? { file, document } : { file });
    }
    this.#current = built;
    return built;
  }

  /** Take in the files at `paths` (relative to the folder; a missing one is gone) and resolve again. */
  async update(paths: readonly string[]): Promise<LibraryState> {
    const started = performance.now();
    const before = this.current.atlas;
    const read = new Set(paths.filter((p) => !isSkippedPath(p)));
    for (const relative of read) await this.#readAgain(relative);
    // What is private now, as a full load would find it: a note made public again (or deleted,
    // or outnamed by a published note) no longer is, and the notes that named it are read again,
    // unscrubbed, so they link to it without being saved again.
    const privateTitles = privateTitleSet(
      [...[...this.#notes.values()].flatMap((note) => (note.privateNames ? [note.privateNames] : [])), [...this.#adoptedPrivate]],
      [...this.#notes.values()].flatMap((note) => (note.document ? [note.document] : [])),
    );
    const published = [...this.#privateTitles].filter((title) => !privateTitles.has(title));
    if (published.length > 0) {
      for (const [relative, note] of [...this.#notes]) {
        if (read.has(relative) || !published.some((title) => note.scrubbed?.has(title))) continue;
        read.add(relative);
        await this.#readAgain(relative);
      }
    }
    // Files read now are scrubbed of every private name; the others, of the names new since.
    const turnedPrivate = new Set([...privateTitles].filter((title) => !this.#privateTitles.has(title)));
    for (const [relative, note] of this.#notes) {
      const names = read.has(relative) ? privateTitles : turnedPrivate;
      if (!note.document || names.size === 0) continue;
      const scrubbed = scrubPrivateReferences(note.document, names, note.file);
      if (scrubbed.size > 0) note.scrubbed = new Set([...(note.scrubbed ?? []), ...scrubbed]);
    }
    this.#privateTitles = privateTitles;
    const files = [...this.#notes.keys()].sort().map((p) => this.#notes.get(p)!.file);
    for (const file of files) file.messages = file.messages.filter((m) => !RESOLVER_RULES.has(m.ruleId ?? ''));
    const documents = files.flatMap((file) => {
      const document = this.#notes.get(file.path)?.document;
      return document ? [document] : [];
    });
    return this.#resolve(files, documents, read, started, performance.now(), before);
  }

  /**
   * Read and parse the file at `relative` again (forgotten when it is gone), as a full load
   * would: nothing parsed when `ignore:`d, dropped when unpublished, the names either keeps private
   * noted. Scrubbing what it names is left to the caller, who knows what is private now.
   */
  async #readAgain(relative: string): Promise<void> {
    let file: VFile;
    try {
      file = await readNoteFile(this.dir, relative);
    } catch {
      this.#notes.delete(relative); // gone
      return;
    }
    if (ignoreMatcher(this.#settings.ignore ?? [])(relative)) {
      this.#notes.set(relative, { file: ignoredFile(file), privateNames: privateNamesOf(relative) });
      return;
    }
    const parsed = file.value === undefined ? undefined : this.#parse(file);
    if (!parsed) {
      this.#notes.set(relative, { file });
      return;
    }
    // Unpublished: dropped, its names kept private (`src/load/privacy.ts`).
    const { documents, privateNames } = keepPublished([parsed], [file], []);
    const document = documents[0];
    this.#notes.set(relative, document ? { file, document } : { file, privateNames: privateNames.get(relative) ?? [] });
  }

  /** Parse `file`, or take what parsing it gave last time from the cache. */
  #parse(file: VFile): ParsedDocument | undefined {
    const cached = this.#cache?.restore(file);
    if (cached) return cached.document;
    const before = file.messages.length;
    const document = parseDocument(file);
    this.#parsed++;
    this.#cache?.store(file, document, before);
    return document;
  }

  #resolve(files: VFile[], documents: ParsedDocument[], read: ReadonlySet<string>, started: number, parsed: number, before: Atlas | undefined): LibraryState {
    const { ignore: _ignore, ...resolveOptions } = this.#settings;
    const atlas = resolveAtlas(documents, files, { ...resolveOptions, memory: this.#memory });
    this.#current = { atlas, documents, files, diagnostics: collectDiagnostics(files), privateTitles: this.#privateTitles };
    const changes = recordChanges(before ?? EMPTY_ATLAS, atlas, read);
    const count = this.#parsed;
    this.#parsed = 0;
    return { ...this.#current, changes, filesRead: [...read].sort(), timings: { parse: parsed - started, resolve: performance.now() - parsed }, parsed: count };
  }
}
