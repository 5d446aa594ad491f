/**
 * What `atlas init` writes: one example of each kind of record in each format, a commented
 * settings file, a README on the format, and the GitHub Pages workflow. The examples build with
 * no diagnostic at all, so a new library starts clean.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pagesWorkflow } from './pages-workflow.ts';

export interface InitFile {
  /** Path inside the new notes folder, with `/` separators. */
  path: string;
  text: string;
  /** What the file is, for the list `atlas init` prints. */
  description: string;
}

export interface InitFilesOptions {
  /** The notes folder as the user named it, for the commands in the README. */
  displayDir: string;
  /** The notes folder's path from the repository root, for the workflow's `ATLAS_NOTES`. */
  notesPath: string;
}

/** The template files in `src/init/template/`, in the order they are listed. */
export const TEMPLATE_FILES: readonly { path: string; description: string }[] = [
  { path: 'sycophancy-line.txt', description: 'an inquiring line, export text' },
  { path: 'raters-note.txt', description: 'a concept note, export text' },
  { path: 'markdown-line.md', description: 'an inquiring line, Markdown with front matter' },
  { path: 'markdown-note.md', description: 'a concept note, Markdown with front matter' },
  { path: 'atlas.config.yml', description: 'the settings, each explained' },
  { path: 'README.md', description: 'the format, and how to build and publish' },
];

export const WORKFLOW_PATH = '.github/workflows/pages.yml';

const TEMPLATE_DIR = new URL('./template/', import.meta.url);

/** The template files' texts, by path. */
export async function readTemplates(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const { path } of TEMPLATE_FILES) texts.set(path, await readFile(fileURLToPath(new URL(path, TEMPLATE_DIR)), 'utf8'));
  return texts;
}

export function initFiles(templates: ReadonlyMap<string, string>, options: InitFilesOptions): InitFile[] {
  const files: InitFile[] = TEMPLATE_FILES.map(({ path, description }) => {
    const text = templates.get(path) ?? '';
    return { path, description, text: path === 'README.md' ? text.replaceAll('NOTES_DIR', shellWord(options.displayDir)) : text };
  });
  files.push({ path: WORKFLOW_PATH, description: 'builds and publishes the site on GitHub Pages', text: pagesWorkflow(options.notesPath) });
  return files;
}

/** A path as it can be pasted into a shell. */
export function shellWord(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
