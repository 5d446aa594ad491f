/**
 * Every internal reference of a built site, checked on disk: `href`, `src` and the graph
 * clients' `data-src` of every HTML page, anchors included (an `id` on the target page), and
 * the node urls of every graph file. Fast enough for a few thousand pages without a server.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { inlineGraph } from '../support/local-graph-links.ts';
import { listFiles } from '../support/read-page.ts';

export interface BrokenLink {
  from: string;
  to: string;
  why: 'missing' | 'anchor';
}

export function findBrokenLinks(outDir: string, pathPrefix = '/'): { checked: number; broken: BrokenLink[] } {
  const files = listFiles(outDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const $ = cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
      ids.set(
        file,
        (found = new Set(
          $('[id]')
            .toArray()
            .map((el) => $(el).attr('id')!),
        )),
      );
    }
    return found;
  };
  const target = (url: string): string | undefined => {
    if (!url.startsWith(pathPrefix)) return undefined;
    const site = '/' + url.slice(pathPrefix.length);
    const file = (site.endsWith('/') ? `${site}index.html` : site).slice(1);
    return existsSync(path.join(outDir, file)) ? file : undefined;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  const check = (from: string, link: string) => {
    const url = new URL(link, `http://site${from.startsWith('/') ? '' : '/'}${from}`);
    if (url.origin !== 'http://site') return; // another host: not this site's to check
    checked++;
    const file = target(url.pathname);
    if (!file) return broken.push({ from, to: link, why: 'missing' });
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push({ from, to: link, why: 'anchor' });
  };
  for (const file of files) {
    const from = pathPrefix + file;
    if (file.endsWith('.html')) {
      const $ = cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
      for (const el of $('[href], [src], [data-src]').toArray()) {
        for (const attr of ['href', 'src', 'data-src']) {
          const value = $(el).attr(attr);
          if (value !== undefined && !/^(mailto|tel|data):/.test(value)) check(from, value);
        }
      }
      // The local graph's inline data: node urls are site-relative without the prefix.
      for (const url of inlineGraph($)?.urls ?? []) check(from, pathPrefix + url.slice(1));
    } else if (file.endsWith('graph.json')) {
      const data = JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as { nodes: (unknown[] | { url: string })[] };
      // Node urls are site-relative without the prefix (the clients add it).
      for (const node of data.nodes) check(from, pathPrefix + (Array.isArray(node) ? String(node[3]) : node.url).slice(1));
    }
  }
  return { checked, broken };
}
