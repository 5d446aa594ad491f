/**
 * Parsing a large folder on every core: worker threads and the main thread take chunks of files
 * from one shared counter (so a slow chunk never holds up the rest, and the main thread starts at
 * once, while the workers are still starting), the workers send back what each file gave, and
 * every result lands at its file's index: the documents and messages are those of parsing each
 * file in turn on the main thread, in the same order, whichever thread parsed what.
 *
 * A worker runs the parser bundled into one script (`parse-worker-script.ts`), made or found
 * while the main thread is already parsing. The main thread yields to the event loop between its
 * chunks, so the workers' results are unpacked as they come, overlapping the parsing still going on.
 *
 * A worker that fails (one that cannot start, or a parser error) costs only time: whatever it did
 * not send back is parsed on the main thread at the end, where a parser error is thrown as it
 * would be without workers.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import { VFile } from 'vfile';
import type { ParsedDocument } from '../model.ts';
import { parseDocument } from '../parse/index.ts';
import { unpackDocument, type TransferredParse } from './document-transfer.ts';
import { parseWorkerScript } from './parse-worker-script.ts';

/** What the main thread posts to each worker: every file, and the counter they take chunks by. */
export interface ParseJob {
  /** All the files' bytes, end to end; file `i` is `offsets[i]` to `offsets[i + 1]`. */
  bytes: SharedArrayBuffer;
  offsets: number[];
  /** Files whose value is a string rather than bytes, by index. */
  texts: Record<number, string>;
  paths: string[];
  cwd: string;
  /** One int32: the next chunk to take. */
  next: SharedArrayBuffer;
  chunkSize: number;
}

/** What a worker posts back: a chunk's results (in file order), or that it has taken its last. */
export type WorkerReport = { chunk: number; results: TransferredParse[] } | { done: true };

export interface ParsePoolOptions {
  /** Worker threads beside the main thread; default `defaultWorkerCount()` (none on 2 cores). */
  workers?: number;
  /** Files per chunk taken at a time. */
  chunkSize?: number;
  /** Whether the main thread parses too (the default) or only hands out and takes in (workers start at once). */
  mainThread?: boolean;
  /** Start workers once the main thread has this long left at its recent pace; 0 starts them at once. */
  startWhenLeftMs?: number;
  /** Called as files are done, with how many are. */
  onProgress?: (done: number) => void;
}

export interface PoolResult {
  /** Each file's document at its index; `undefined`: no record. */
  documents: (ParsedDocument | undefined)[];
  /** How many of the files workers parsed (the rest, the main thread). */
  parsedByWorkers: number;
}

/**
 * Workers start once the main thread, at its recent pace, has this much CPU time of parsing left. Measured
 * (2 cores), a worker costs 0.5 to 1 s of CPU to start and warm up, and the main thread a quarter
 * of a millisecond per file to take in its results: on files the fast path reads (the export
 * text, plain Markdown: 10 to 30 MB/s once warm) that is more than it saves, so a library of them
 * is parsed on the main thread alone; on Markdown remark must read (GFM, math: about 1 MB/s) the
 * workers start within a few hundred files. The first `WARM_UP_FILES` are not counted: the
 * parser runs slower until the engine has compiled it (measured: 450 ms for the first 256 export
 * files, 70 to 170 ms for each 256 after).
 */
const START_WHEN_LEFT_MS = 3000;

/**
 * The process's CPU time in milliseconds: the pace is the work a chunk took, not the time others'
 * processes on a busy machine let it have. (Before workers start, this thread and the collector's
 * helpers are all that run.)
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const WARM_UP_FILES = 512;

/** Chunks the main thread's pace is taken over: recent enough to see the files change, long enough to be steady. */
const PACE_WINDOW = 32;

/** The main thread's recent pace, in bytes a millisecond, and so how long the files after a chunk would take it. */
class Pace {
  readonly #offsets: readonly number[];
  readonly #recent: { bytes: number; ms: number }[] = [];

  constructor(offsets: readonly number[]) {
    this.#offsets = offsets;
  }

  /** Milliseconds left after the chunk of files `first` to `last` took `ms`; 0 until the pace is known. */
  left(first: number, last: number, ms: number): number {
    if (last <= WARM_UP_FILES) return 0;
    this.#recent.push({ bytes: this.#offsets[last]! - this.#offsets[first]!, ms });
    if (this.#recent.length > PACE_WINDOW) this.#recent.shift();
    if (this.#recent.length < PACE_WINDOW) return 0;
    const bytes = this.#recent.reduce((sum, c) => sum + c.bytes, 0);
    const time = this.#recent.reduce((sum, c) => sum + c.ms, 0);
    if (bytes === 0) return 0;
    return ((this.#offsets.at(-1)! - this.#offsets[last]!) * time) / bytes;
  }
}

/** Files per chunk: small enough that the threads finish together, large enough that a message carries real work. */
const CHUNK_SIZE = 8;

const MESSAGE_PROTOTYPE = Object.getPrototypeOf(new VFile().message('')) as object;

/**
 * One worker per core beyond two: measured on 2 cores, parsing on one thread already keeps about
 * 1.6 of them busy (the main thread, 4.1 to 4.6 s of CPU on the Obsidian-style corpus, and V8's
 * garbage collector's helper threads, 2.3 to 2.8 s more), and a worker added a quarter to a half
 * to the CPU time there, and doubled it on fast-path files (starting, warming up, packing and
 * unpacking results, collecting a second heap), so on 2 cores the main thread parses alone.
 */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 2);
}

/**
 * Parse `files` as `parseDocument` would, one after the other, but on worker threads and the main
 * thread together: the result has each file's document at its index, and each file has its
 * messages, as parsing it in this thread would have given.
 */
export async function parseInPool(files: readonly VFile[], options: ParsePoolOptions = {}): Promise<PoolResult> {
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const job = packJob(files, chunkSize);
  const chunks = Math.ceil(files.length / chunkSize);
  const documents = new Array<ParsedDocument | undefined>(files.length);
  const finished = new Uint8Array(files.length);
  let done = 0;
  let parsedByWorkers = 0;
  const advance = (count: number): void => {
    done += count;
    options.onProgress?.(done);
  };
  const take = (report: Extract<WorkerReport, { chunk: number }>): void => {
    const first = report.chunk * chunkSize;
    for (const [offset, result] of report.results.entries()) {
      const i = first + offset;
      const file = files[i]!;
      for (const fields of result.messages) file.messages.push(Object.assign(Object.create(MESSAGE_PROTOTYPE) as VFile['messages'][number], fields));
      documents[i] = unpackDocument(result);
      finished[i] = 1;
    }
    parsedByWorkers += report.results.length;
    advance(report.results.length);
  };

  const next = new Int32Array(job.next);
  const count = options.workers ?? defaultWorkerCount();
  const parseHere = options.mainThread ?? true;
  const workers: Promise<Worker | undefined>[] = [];
  const script = count > 0 ? parseWorkerScript() : undefined;
  const startWorkers = (): void => {
    if (!script || workers.length > 0) return;
    for (let i = 0; i < count; i++) workers.push(script.then((code) => (code !== undefined && Atomics.load(next, 0) < chunks ? startWorker(code, job, take) : undefined)));
  };
  const startWhenLeft = options.startWhenLeftMs ?? START_WHEN_LEFT_MS;
  if (!parseHere || startWhenLeft <= 0) startWorkers();
  const pace = new Pace(job.offsets);
  for (let chunk = parseHere ? Atomics.add(next, 0, 1) : chunks; chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    const first = chunk * chunkSize;
    const last = Math.min(first + chunkSize, files.length);
    const started = cpuMs();
    for (let i = first; i < last; i++) {
      documents[i] = parseDocument(files[i]!);
      finished[i] = 1;
    }
    advance(last - first);
    if (workers.length === 0 && pace.left(first, last, cpuMs() - started) > startWhenLeft) startWorkers();
    // Let the workers' results (and the bundle, while it is being made) in.
    if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers.map((worker) => worker.then((thread) => thread && finishing.get(thread))));
  for (const worker of workers) void worker.then((thread) => thread?.terminate());
  // What a failed worker took and never sent back.
  for (let i = 0; i < files.length; i++) {
    if (finished[i]) continue;
    documents[i] = parseDocument(files[i]!);
    advance(1);
  }
  return { documents, parsedByWorkers };
}

/** Each worker's promise that settles once it has sent its last report, or failed. */
const finishing = new WeakMap<Worker, Promise<void>>();

function startWorker(code: string, job: ParseJob, take: (report: Extract<WorkerReport, { chunk: number }>) => void): Worker {
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(code, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  thread.unref();
  let over = false;
  finishing.set(
    thread,
    new Promise<void>((resolve) => {
      const end = (): void => {
        if (over) return;
        over = true;
        port1.close();
        resolve();
      };
      port1.on('message', (report: WorkerReport) => {
        if (over) return;
        if ('done' in report) end();
        else take(report);
      });
      thread.once('error', end);
      thread.once('exit', end);
    }),
  );
  port1.postMessage(job);
  return thread;
}

function packJob(files: readonly VFile[], chunkSize: number): ParseJob {
  const offsets: number[] = [0];
  const texts: Record<number, string> = {};
  let size = 0;
  for (const [i, file] of files.entries()) {
    if (file.value instanceof Uint8Array) size += file.value.byteLength;
    else if (typeof file.value === 'string') texts[i] = file.value;
    offsets.push(size);
  }
  const bytes = new SharedArrayBuffer(size);
  const view = new Uint8Array(bytes);
  for (const [i, file] of files.entries()) if (file.value instanceof Uint8Array) view.set(file.value, offsets[i]);
  return { bytes, offsets, texts, paths: files.map((file) => file.path), cwd: files[0]?.cwd ?? process.cwd(), next: new SharedArrayBuffer(4), chunkSize };
}
