/**
 * Changes under the notes folder, in batches. Editors save in several steps (write a temporary
 * file, rename it over the note, as `sed -i`, Vim and most IDEs do), and Node's recursive
 * `fs.watch` loses a file renamed over on Linux: it keeps watching the old inode, so the second
 * save of the same note went unseen. chokidar (which Eleventy itself uses) watches the folders,
 * folds an unlink followed by an add of the same path into one change (`atomic`) and reports a
 * file only once its size has stopped moving (`awaitWriteFinish`).
 *
 * Paths are collected until the folder has been quiet for `quietMs`, then handed over once,
 * relative to the folder, `/`-separated and sorted. A file that came and went within the batch
 * (an editor's temporary file) is left out, and so is one `readNotes` never reads (dot-files,
 * `node_modules`, the README). The next batch waits until the handler has finished the last.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import { isSkippedPath } from '../load/read-notes.ts';

export interface NotesWatcher {
  /** Resolves once the folder has been scanned: edits after this are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchNotesOptions {
  /** How long the folder must be quiet before a batch is handed over, in ms. */
  quietMs: number;
  /** How long a file's size must stay the same before its change counts, in ms. */
  stableMs: number;
}

export const defaultWatchNotesOptions: WatchNotesOptions = { quietMs: 40, stableMs: 50 };

export function watchNotes(dir: string, onChange: (paths: string[]) => Promise<void>, options: Partial<WatchNotesOptions> = {}): NotesWatcher {
  const { quietMs, stableMs } = { ...defaultWatchNotesOptions, ...options };
  const root = path.resolve(dir);
  const relative = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file).split(path.sep).join('/');
  /** Files known to exist: an unlink of anything else is a temporary file chokidar half-saw. */
  const known = new Set<string>();
  /** This batch's paths, each with whether it was first seen being created. */
  const pending = new Map<string, { created: boolean }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let scanned = false;

  const flush = () => {
    const paths = [...pending]
      .filter(([file, { created }]) => !(created && !existsSync(path.join(root, file))))
      .map(([file]) => file)
      .sort();
    pending.clear();
    if (paths.length > 0) running = running.then(() => onChange(paths)).catch(() => undefined);
  };
  const note = (event: 'add' | 'change' | 'unlink', file: string) => {
    const name = relative(file);
    if (name === '' || name.startsWith('..') || isSkippedPath(name)) return;
    if (event === 'unlink') {
      if (!known.delete(name)) return;
    } else known.add(name);
    if (!scanned) return; // the first scan: the build has read these already
    if (!pending.has(name)) pending.set(name, { created: event === 'add' });
    clearTimeout(timer);
    timer = setTimeout(flush, quietMs);
  };

  const watcher = watch(root, {
    ignored: (file: string) => {
      const name = relative(file);
      return name !== '' && !name.startsWith('..') && isSkippedPath(name);
    },
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: stableMs, pollInterval: Math.max(5, Math.round(stableMs / 4)) },
  });
  watcher.on('add', (file) => note('add', file));
  watcher.on('change', (file) => note('change', file));
  watcher.on('unlink', (file) => note('unlink', file));
  const ready = new Promise<void>((resolve) => {
    watcher.once('ready', () => {
      scanned = true;
      resolve();
    });
  });
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
