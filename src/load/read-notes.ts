/**
 * The input edge: read a notes folder into VFiles. Everything else is pure.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { report } from '../diagnostics.ts';

export interface ReadNotesOptions {
  /** File endings read as notes. */
  extensions: readonly string[];
}

export const defaultReadNotesOptions: ReadNotesOptions = {
  extensions: ['.txt', '.md', '.markdown'],
};

/** Files notes embed or link to, as Obsidian vaults hold them: not notes, and not worth a word. */
const ATTACHMENT = /^\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|pdf|mp3|wav|m4a|ogg|flac|webm|mp4|mov|mkv|ogv|csv|json|canvas|excalidraw|zip|docx?|xlsx?|pptx?|odt|epub)$/;

/** Names never read: tooling and the folder's own documentation, not notes. */
const SKIPPED = new Set(['node_modules', 'readme.md', 'atlas.config.yml', 'atlas.config.yaml']);

/**
 * Read every note file below `dir`, recursively, sorted by path so every later stage sees the
 * same order on every machine. Values stay raw bytes: the parser decides what is text.
 * Files with other endings come back as VFiles carrying only an info message, so nothing in the
 * folder is passed over without a word.
 */
export async function readNotes(dir: string, options: Partial<ReadNotesOptions> = {}): Promise<VFile[]> {
  const files: VFile[] = [];
  for (const relative of await listFiles(dir)) files.push(await readNoteFile(dir, relative, options));
  return files;
}

/**
 * One file of the folder as `readNotes` reads it (`relative`: `/`-separated, below `dir`); for
 * `atlas serve`, which reads again only the files that changed.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a Promise by contract (Library.update awaits it); reads synchronously, below, for speed.
export async function readNoteFile(dir: string, relative: string, options: Partial<ReadNotesOptions> = {}): Promise<VFile> {
  const settings = { ...defaultReadNotesOptions, ...options };
  const ext = path.extname(relative).toLowerCase();
  // Read synchronously: `fs.promises.readFile` takes five trips through the thread pool per file
  // (open, stat, read, read, close), nine tenths of a second for 7,625 files where a synchronous
  // read takes a tenth; nothing else waits on the event loop while notes are read.
  if (settings.extensions.includes(ext)) return new VFile({ path: relative, cwd: dir, value: readFileSync(path.join(dir, relative)) });
  const file = new VFile({ path: relative, cwd: dir });
  // An image or document a note may link to: published if one does (`resolve/vault-links.ts`).
  if (ATTACHMENT.test(ext)) return file;
  report(file, `Unexpected file type \`${ext || 'none'}\`, expected one of ${settings.extensions.join(', ')}; not read`, undefined, 'ignored-file');
  return file;
}

/** Whether `readNotes` passes over `relative` without a word (dot-files, tooling, the README). */
export function isSkippedPath(relative: string): boolean {
  return relative.split('/').some((p) => p.startsWith('.') || SKIPPED.has(p.toLowerCase()));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!isSkippedPath(relative)) out.push(relative);
  }
  return out.sort();
}
