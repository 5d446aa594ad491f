/**
 * `atlas init [DIR]`: start a notes library. Writes the examples, settings, README and GitHub
 * Pages workflow into DIR (default: notes), refusing to overwrite any file that already exists,
 * then says what to run next.
 */
import { parseArgs } from 'node:util';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { initFiles, readTemplates, shellWord } from '../init/init-files.ts';

const HELP = `Usage: atlas init [DIR]

Create a notes folder DIR (default: notes) with one example of each kind of record in each
format, a commented atlas.config.yml, a README.md on the format, and
.github/workflows/pages.yml to publish the site on GitHub Pages. Existing files are never
overwritten: if any of them exists, nothing is written.
`;

/** `cwd` is where relative paths start (the repository root, for the workflow). */
export async function initCommand(argv: string[], cwd: string = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`atlas init: ${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    process.stderr.write(`atlas init: Unexpected \`${parsed.positionals[1]}\`, expected one folder\n\n${HELP}`);
    return 1;
  }
  const dir = path.resolve(cwd, parsed.positionals[0] ?? 'notes');
  const fromRoot = path.relative(cwd, dir).split(path.sep).join('/');
  const inside = fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
  const shown = inside ? fromRoot : dir;
  const files = initFiles(await readTemplates(), {
    displayDir: shown,
    // The workflow runs at the repository root; a folder outside the working directory is taken as a root of its own.
    notesPath: inside ? fromRoot : '.',
  });

  const existing: string[] = [];
  for (const file of files) if (await exists(path.join(dir, file.path))) existing.push(file.path);
  if (existing.length > 0) {
    process.stderr.write(`atlas init: Unexpected existing ${existing.length === 1 ? 'file' : 'files'} in ${shown}: ${existing.join(', ')}; expected none, nothing was written\n`);
    return 1;
  }
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text, { flag: 'wx' });
  }
  const width = Math.max(...files.map((f) => f.path.length));
  process.stdout.write(`Created ${shown}/ with:\n${files.map((f) => `  ${f.path.padEnd(width)}  ${f.description}\n`).join('')}\nNext: npx atlas serve ${shellWord(shown)}\n`);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
