/**
 * The page functions alone, without Eleventy: load a notes folder once, then render every page of
 * every `templates/*.11ty.ts` as Eleventy would page it, timing each template, and print a hash of
 * all the pages' bytes. For working on the render stage: a change that should not change a page
 * must leave the hash as it was, and the times say what it saved, in seconds rather than a build.
 *
 *   node --import tsx tools/bench/page-functions.ts NOTES_DIR [--repeat N] [--write DIR]
 *
 * `--write DIR` writes the pages too (at their permalinks), for `diff -r` against a build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { readSiteConfig } from '../../src/config/read-site-config.ts';
import { SiteData } from '../../src/site/data/site-data.ts';

const TEMPLATES = path.join(path.dirname(new URL(import.meta.url).pathname), '../../templates');

interface Template {
  name: string;
  data: { permalink?: string | ((data: unknown) => string); pagination?: { data: string } };
  render(data: { site: SiteData; record?: unknown }): string;
}

export interface TemplateTiming {
  name: string;
  pages: number;
  milliseconds: number;
  bytes: number;
}

async function loadTemplates(): Promise<Template[]> {
  const names = readdirSync(TEMPLATES)
    .filter((n) => n.endsWith('.11ty.ts'))
    .sort();
  return Promise.all(names.map(async (name) => ({ name, ...((await import(pathToFileURL(path.join(TEMPLATES, name)).href)) as Omit<Template, 'name'>) })));
}

function items(site: SiteData, dataPath: string): unknown[] {
  let value: unknown = { site };
  for (const key of dataPath.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? value : [];
}

/** Render every page once; `write` gets each page's output path and bytes. */
export function renderAll(site: SiteData, templates: readonly Template[], write?: (outputPath: string, text: string) => void): { timings: TemplateTiming[]; hash: string } {
  const hash = createHash('sha256');
  const timings: TemplateTiming[] = [];
  for (const template of templates) {
    const { permalink, pagination } = template.data;
    const pages = pagination ? items(site, pagination.data).map((record) => ({ site, record })) : [{ site }];
    const started = performance.now();
    let bytes = 0;
    for (const data of pages) {
      const text = template.render(data);
      const url = typeof permalink === 'function' ? permalink(data) : (permalink ?? '');
      bytes += text.length;
      hash.update(url).update('\0').update(text).update('\0');
      write?.(url.replace(/^\//, ''), text);
    }
    timings.push({ name: template.name, pages: pages.length, milliseconds: performance.now() - started, bytes });
  }
  return { timings, hash: hash.digest('hex') };
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { repeat: { type: 'string' }, write: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) throw new Error('Usage: page-functions.ts NOTES_DIR [--repeat N] [--write DIR]');
  let started = performance.now();
  const built = await loadAtlas(dir);
  const { config } = await readSiteConfig(dir);
  process.stderr.write(`loaded ${built.atlas.lines.length + built.atlas.notes.length + built.atlas.papers.length} records in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const templates = await loadTemplates();
  const repeat = Number(values.repeat ?? 1);
  for (let r = 0; r < repeat; r++) {
    // A new SiteData each time: its per-site caches are part of what a build pays.
    started = performance.now();
    const cpu = process.cpuUsage();
    const site = new SiteData(built.atlas, config);
    const out = values.write;
    const write =
      out && r === 0
        ? (file: string, text: string) => {
            mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
            writeFileSync(path.join(out, file), text);
          }
        : undefined;
    const { timings, hash } = renderAll(site, templates, write);
    const total = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const lines = timings
      .filter((t) => t.milliseconds >= 1)
      .sort((a, b) => b.milliseconds - a.milliseconds)
      .map((t) => `  ${(t.milliseconds / 1000).toFixed(2).padStart(6)} s  ${String(t.pages).padStart(5)} pages  ${(t.bytes / 1e6).toFixed(1).padStart(6)} MB  ${t.name}`);
    process.stdout.write(`run ${r + 1}: ${(total / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s), hash ${hash.slice(0, 16)}\n${lines.join('\n')}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
