/**
 * Outputs as emitters. Every file of the site comes from exactly one emitter (pages, Markdown
 * twins with `llms*.txt`, the network's graph file, the search index, static assets), which
 * first plans its outputs without making them, each with what it reads: the records whose
 * content it shows, or the whole library. An output's key is a hash of what it reads, so a
 * build or an edit writes exactly the outputs whose key changed (`partialEmit`), and a clean
 * build writes them all (`emit`), with the same code: there is no second writer to go stale.
 *
 * An output may stand for several files (the search index is one output of a few thousand
 * shards: any record's text changes them), so writing it says which files it made.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from '../data/site-data.ts';
import type { BuildProgress } from '../../library/build-progress.ts';
import type { PageReads } from '../data/page-reads.ts';

/** One output as planned: where it goes and what it is made of. */
export interface PlannedOutput {
  /** Path relative to the site folder, `/`-separated: `notes/foo/index.html`, `search/index.json`. */
  path: string;
  /** Ids of the records it shows, or `all` when it shows the whole library (lists, indexes, feeds). */
  reads: readonly string[] | 'all';
  /** What else it is made of, when not records: the graph's shape, an attachment's size and time. */
  stamp?: string;
}

export interface EmitContext {
  site: SiteData;
  outDir: string;
  notesDir: string;
  minify: boolean;
  /** Told of each stage as it runs. */
  progress: BuildProgress;
  /** What each record's page reads, and the graph's shape (kept between edits while it stays). */
  pageReads: PageReads;
}

/** What writing some outputs made: every file, and the problems of the build itself. */
export interface Emitted {
  /** Per output path, the files it made (relative to the site folder). */
  files: Map<string, string[]>;
  errors: string[];
}

export interface Emitter {
  readonly name: string;
  /** Every output this emitter makes for the site; nothing is rendered or written yet. */
  plan(context: EmitContext): PlannedOutput[];
  /** Make and write `outputs` (some or all of its plan). */
  write(context: EmitContext, outputs: readonly PlannedOutput[]): Promise<Emitted>;
}

/** Record fingerprints (`library/record-fingerprints.ts`), plus one for the whole library. */
export interface Fingerprints {
  records: ReadonlyMap<string, string>;
  /** Over every record: the key of outputs that read them all. */
  all: string;
}

export function libraryFingerprints(records: ReadonlyMap<string, string>): Fingerprints {
  const text = [...records.keys()]
    .sort()
    .map((id) => `${id}\0${records.get(id)!}`)
    .join('\0');
  return { records, all: createHash('sha1').update(text).digest('base64') };
}

/** The key of an output: equal keys, equal bytes. */
export function outputKey(output: PlannedOutput, fingerprints: Fingerprints): string {
  // One string hashed once: a digest update per record read cost more than the hashing.
  let text = output.reads === 'all' ? `*${fingerprints.all}` : '';
  if (output.reads !== 'all') for (const id of output.reads) text += `${id}\0${fingerprints.records.get(id) ?? '-'}\0`;
  if (output.stamp !== undefined) text += `\u0001${output.stamp}`;
  return createHash('sha1').update(text).digest('base64');
}

/** Make every output of `emitter` (a clean build). */
export function emit(emitter: Emitter, context: EmitContext): Promise<Emitted> {
  return emitter.write(context, emitter.plan(context));
}

/**
 * Make only the outputs of `emitter` whose key is not in `previousKeys` under their path (new,
 * or reading something that changed). `keys` receives every planned output's key.
 */
export async function partialEmit(
  emitter: Emitter,
  context: EmitContext,
  fingerprints: Fingerprints,
  previousKeys: ReadonlyMap<string, string>,
  keys: Map<string, string>,
): Promise<Emitted & { planned: PlannedOutput[]; stale: number; milliseconds: { plan: number; write: number } }> {
  const started = performance.now();
  const planned = emitter.plan(context);
  const stale: PlannedOutput[] = [];
  for (const output of planned) {
    const key = outputKey(output, fingerprints);
    keys.set(output.path, key);
    if (previousKeys.get(output.path) !== key) stale.push(output);
  }
  const keyed = performance.now();
  const emitted = stale.length > 0 ? await emitter.write(context, stale) : { files: new Map<string, string[]>(), errors: [] };
  return { ...emitted, planned, stale: stale.length, milliseconds: { plan: keyed - started, write: performance.now() - keyed } };
}
