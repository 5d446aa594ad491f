/**
 * `atlas init`: writes one example of each kind in each format, a commented config, a README on
 * the format and the GitHub Pages workflow; never overwrites; and what it writes builds with
 * `--strict` and checks with no diagnostic at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yaml from 'js-yaml';
import { VFile } from 'vfile';
import { initCommand } from '../../src/cli/init-command.ts';
import { buildCommand } from '../../src/cli/build-command.ts';
import { checkCommand } from '../../src/cli/check-command.ts';
import { main } from '../../src/cli/main.ts';
import { parseSiteConfig } from '../../src/config/read-site-config.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { TEMPLATE_FILES, WORKFLOW_PATH } from '../../src/init/init-files.ts';
import { pagesWorkflow } from '../../src/init/pages-workflow.ts';
import { pageExists } from '../support/read-page.ts';

async function capture(command: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    return { code: await command(), stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

let root: string;
let notes: string;
let init: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atlas-init-'));
  notes = path.join(root, 'my notes');
  init = await capture(() => initCommand(['my notes'], root));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('atlas init', () => {
  it('is a command of atlas', async () => {
    const help = await capture(() => main(['init', '--help']));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: atlas init \[DIR\]/);
  });

  it('writes the examples, config, README and workflow, then names the next command', () => {
    expect(init.code).toBe(0);
    for (const { path: file } of [...TEMPLATE_FILES, { path: WORKFLOW_PATH }]) expect(existsSync(path.join(notes, file)), file).toBe(true);
    expect(init.stdout).toContain('Created my notes/ with:');
    expect(init.stdout.trim().split('\n').at(-1)).toBe("Next: npx atlas serve 'my notes'");
  });

  it('writes a line and a note in each format', async () => {
    const { atlas, diagnostics } = await loadAtlas(notes);
    expect(diagnostics).toEqual([]);
    const formats = (records: { format: string | null; stub?: boolean }[]) =>
      records
        .filter((r) => !r.stub)
        .map((r) => r.format)
        .sort();
    expect(formats(atlas.lines)).toEqual(['export', 'markdown']);
    expect(formats(atlas.notes)).toEqual(['export', 'markdown']);
    expect(atlas.lines.every((l) => l.prompt && l.prompt.papers.length > 0)).toBe(true);
  });

  it('builds with --strict and checks with no warnings, errors or infos', async () => {
    const outDir = path.join(root, '_site');
    const build = await capture(() => buildCommand([notes, '--output', outDir, '--strict']));
    expect(build.code).toBe(0);
    // The settings file is read and checked too: 4 notes and atlas.config.yml.
    expect(build.stdout).toMatch(/\(5 files: 0 errors, 0 warnings, 0 infos\)/);
    for (const url of ['/', '/llms.txt', '/stale/', '/papers/']) expect(pageExists(outDir, url), url).toBe(true);
    const check = await capture(() => checkCommand([notes, '--strict']));
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('4 files: 0 errors, 0 warnings, 0 infos\n');
  });

  it('writes a config file whose every setting is commented and valid', async () => {
    const text = await readFile(path.join(notes, 'atlas.config.yml'), 'utf8');
    const file = new VFile({ path: 'atlas.config.yml', value: text });
    const config = parseSiteConfig(file);
    expect(file.messages).toEqual([]);
    expect(config.title).toBe('My research atlas');
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (/^\w+:/.test(line)) expect(lines[i - 1], line).toMatch(/^#/);
    });
  });

  it('writes a README on the format, with the commands for this folder', async () => {
    const readme = await readFile(path.join(notes, 'README.md'), 'utf8');
    expect(readme).toContain("npx atlas serve 'my notes'");
    for (const { path: file } of TEMPLATE_FILES.filter((f) => /\.(txt|md)$/.test(f.path) && f.path !== 'README.md')) expect(readme).toContain(`\`${file}\``);
    for (const section of ['INQUIRING LINE', 'Sources N notes', 'Research prompt for your LLM', 'Related concepts in this collection', '## Research prompt']) expect(readme).toContain(section);
  });

  it('writes the GitHub Pages workflow for this folder', async () => {
    const workflow = yaml.load(await readFile(path.join(notes, WORKFLOW_PATH), 'utf8')) as {
      env: { ATLAS_NOTES: string };
      permissions: Record<string, string>;
      jobs: { build: { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }; deploy: { needs: string; steps: { uses?: string }[] } };
    };
    expect(workflow.env.ATLAS_NOTES).toBe('my notes');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const steps = workflow.jobs.build.steps;
    expect(steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'actions/configure-pages@v5',
      'npx atlas build "$ATLAS_NOTES" --output _site --path-prefix "$BASE_PATH/" --base-url "$ORIGIN"',
      'actions/upload-pages-artifact@v3',
    ]);
    expect(steps[1]!.with).toEqual({ 'node-version': 20, cache: 'npm' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('refuses to overwrite: with any file already there, nothing is written', async () => {
    const again = await capture(() => initCommand([notes]));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Unexpected existing files');

    const partial = path.join(root, 'partial');
    await mkdir(partial);
    await writeFile(path.join(partial, 'README.md'), 'mine\n');
    const refused = await capture(() => initCommand([partial]));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('README.md');
    expect(readFileSync(path.join(partial, 'README.md'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(partial, 'atlas.config.yml'))).toBe(false);
  });
});

describe('the repository workflow', () => {
  it('is the same template, publishing the sample library', () => {
    expect(readFileSync('.github/workflows/pages.yml', 'utf8')).toBe(pagesWorkflow('seeds'));
  });
});
