/**
 * No broken links: linkinator crawls each built site over HTTP, with and without a path prefix,
 * anchors included, and finds nothing broken; the urls the scripts fetch (`data-src`, the graph
 * files' node urls, the search index) exist too. External links go only to arXiv, ChatGPT and Claude,
 * besides links the notes' authors wrote themselves.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, type Crawl } from '../support/crawl.ts';
import { inlineGraph } from '../support/local-graph-links.ts';
import { pageExists, listFiles, readPageText } from '../support/read-page.ts';
import type { BuiltCorpus, Folder } from './corpora.ts';
import { buildCorpus, HOSTILE, SEEDS, SITE_FIXTURE, writeGeneratedCorpus } from './corpora.ts';

/** Hosts the site itself links to: paper pages, and the "Open in …" links of research prompts. */
const SITE_HOSTS = ['arxiv.org', 'chatgpt.com', 'claude.ai'];

function isSiteHost(link: string): boolean {
  try {
    const { protocol, hostname } = new URL(link);
    return protocol === 'https:' && SITE_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
  } catch {
    return false;
  }
}

/** `data-*` urls the scripts fetch, and the page urls inside the graph files: none missing. */
function missingScriptUrls(outDir: string, prefix: string): string[] {
  const missing: string[] = [];
  const exists = (url: string): boolean => url.startsWith(prefix) && pageExists(outDir, `/${url.slice(prefix.length)}`);
  const files = listFiles(outDir);
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const $ = cheerio.load(readPageText(outDir, `/${file}`));
    for (const name of ['data-src', 'data-index', 'data-network']) {
      $(`[${name}]`).each((_, el) => {
        const value = $(el).attr(name)!;
        if (value !== '' && !exists(value.split('?')[0]!)) missing.push(`${file}: ${name}=${value}`);
      });
    }
    // The local graph's inline data: node urls without the prefix (the client adds it).
    for (const url of inlineGraph($)?.urls ?? []) if (!exists(prefix + url.slice(1))) missing.push(`${file}: local graph node url ${url}`);
    $('[data-base]').each((_, el) => {
      if ($(el).attr('data-base') !== prefix) missing.push(`${file}: data-base=${$(el).attr('data-base')}`);
    });
  }
  for (const file of files.filter((f) => f.endsWith('graph.json'))) {
    const urls: string[] = [];
    JSON.parse(readFileSync(path.join(outDir, file), 'utf8'), (_key, value: unknown) => {
      if (typeof value === 'string' && /^\/\S*\/$/.test(value)) urls.push(value);
      return value;
    });
    for (const url of urls) if (!pageExists(outDir, url)) missing.push(`${file}: node url ${url}`);
  }
  return missing;
}

const cases = [
  { name: 'seeds', dir: () => SEEDS, prefix: '/', authored: false },
  { name: 'seeds under /atlas/', dir: () => SEEDS, prefix: '/atlas/', authored: false },
  { name: 'site fixture under /atlas/', dir: () => SITE_FIXTURE, prefix: '/atlas/', authored: true },
  { name: 'hostile corpus', dir: () => HOSTILE, prefix: '/', authored: true },
  { name: 'generated corpus under /deep/er/', dir: () => generated.dir, prefix: '/deep/er/', authored: false },
] as const;

let generated: Folder;
beforeAll(async () => {
  generated = await writeGeneratedCorpus();
});
afterAll(() => generated?.remove());

describe('the crawl', () => {
  it('finds a missing page, a missing anchor and a link escaping the prefix', async () => {
    const control = await mkdtemp(path.join(os.tmpdir(), 'atlas-trust-links-'));
    await writeFile(
      path.join(control, 'index.html'),
      '<!DOCTYPE html><title>c</title><h1 id="here">c</h1><a href="#here">ok</a> <a href="#nowhere">anchor</a> ' +
        '<a href="/atlas/missing/">page</a> <a href="/escape/">prefix</a> <a href="https://example.org/">out</a>',
    );
    const result = await crawl(control, '/atlas/');
    await rm(control, { recursive: true, force: true });
    expect(result.broken).toHaveLength(3);
    expect(result.broken.join('\n')).toMatch(/#nowhere[\s\S]*\/atlas\/missing\/|\/atlas\/missing\/[\s\S]*#nowhere/);
    expect(result.broken.join('\n')).toContain('/escape/');
    expect(result.external).toEqual(['https://example.org/']);
  });
});

describe.each(cases)('links of the $name', ({ dir, prefix, authored }) => {
  let corpus: BuiltCorpus;
  let result: Crawl;
  beforeAll(async () => {
    corpus = await buildCorpus(dir(), { overrides: { pathPrefix: prefix } });
    result = await crawl(corpus.site.outDir, prefix);
  });
  afterAll(() => corpus?.site.remove());

  it('has no broken internal link or anchor', () => {
    expect(result.checked).toBeGreaterThan(30);
    expect(result.broken).toEqual([]);
  });

  it('points its scripts at files that exist', () => {
    expect(missingScriptUrls(corpus.site.outDir, prefix)).toEqual([]);
  });

  it(authored ? 'links outside only to arXiv, ChatGPT, Claude and what the notes wrote' : 'links outside only to arXiv, ChatGPT and Claude', () => {
    const inputs = corpus.built.files.map((f) => (f.value === undefined ? '' : String(f.value))).join('\n');
    const foreign = result.external.filter((link) => !isSiteHost(link) && !(authored && inputs.includes(link)));
    expect(foreign).toEqual([]);
    expect(result.external.some((link) => link.startsWith('https://arxiv.org/'))).toBe(corpus.built.atlas.papers.length > 0);
  });
});
