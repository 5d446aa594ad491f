/**
 * Changes under the notes folder, in batches: editors save in several steps (write a temporary
 * file, rename it over the old one), so paths are collected until the folder has been quiet for
 * `quietMs`, then handed over once, relative to the folder, `/`-separated and sorted. The next
 * batch waits until the handler has finished with the last one.
 */
import { watch } from 'node:fs';
import path from 'node:path';

export interface NotesWatcher {
  close(): void;
}

export function watchNotes(dir: string, onChange: (paths: string[]) => Promise<void>, quietMs = 40): NotesWatcher {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length > 0) running = running.then(() => onChange(paths)).catch(() => undefined);
  };
  const watcher = watch(dir, { recursive: true }, (_event, name) => {
    if (!name) return;
    pending.add(String(name).split(path.sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(flush, quietMs);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
