/**
 * What a page costs a reader before any search: its HTML, the stylesheets it links and the
 * scripts it loads, each module's static imports included (esbuild's shared chunks). Scripts a
 * module imports only on demand (`import()`) are counted apart, as `lazyJs`. Reads our own
 * output, whose tags the layout writes one way, so attributes are matched as written there.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { isSearchIndexFile } from '../../src/site/outputs/search-index.ts';

export interface PageWeight {
  /** Site-relative url of the page. */
  url: string;
  html: number;
  css: number;
  /** Scripts loaded with the page: `<script src>` and their static imports. */
  js: number;
  /** Scripts those load on demand. */
  lazyJs: number;
  /** html + css + js + lazyJs. */
  total: number;
  /** The same files gzipped, as a server that compresses sends them. */
  transfer: number;
}

export interface PageWeighing {
  /** Files whose bytes are left out: the search code and index, loaded only when searching. */
  excluded: (sitePath: string) => boolean;
}

export const defaultPageWeighing: PageWeighing = {
  excluded: (sitePath) => isSearchIndexFile(sitePath.slice(1)) || sitePath === '/assets/search.js',
};

/** Weighs pages of one built site; asset sizes are read once and shared between pages. */
export function createPageWeigher(outDir: string, pathPrefix = '/', options: Partial<PageWeighing> = {}) {
  const { excluded } = { ...defaultPageWeighing, ...options };
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const imports = new Map<string, { static: string[]; lazy: string[] }>();
  const size = (sitePath: string) => {
    let bytes = sizes.get(sitePath);
    if (bytes === undefined) {
      const data = readFileSync(path.join(outDir, sitePath));
      sizes.set(sitePath, (bytes = { raw: data.length, gzip: gzipSync(data).length }));
    }
    return bytes;
  };
  const importsOf = (sitePath: string) => {
    let found = imports.get(sitePath);
    if (!found) imports.set(sitePath, (found = moduleImports(readFileSync(path.join(outDir, sitePath), 'utf8'), sitePath)));
    return found;
  };
  const unprefix = (url: string) => (url.startsWith(pathPrefix) ? '/' + url.slice(pathPrefix.length) : url);

  return (url: string): PageWeight => {
    const file = path.join(outDir, url.endsWith('/') ? `${url}index.html` : url);
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => unprefix(m[1]!)).filter((p) => !excluded(p));
    const eager = new Set<string>();
    const lazy = new Set<string>();
    const visit = (sitePath: string, into: Set<string>) => {
      if (excluded(sitePath) || eager.has(sitePath) || into.has(sitePath)) return;
      into.add(sitePath);
      const found = importsOf(sitePath);
      for (const next of found.static) visit(next, into);
      for (const next of found.lazy) visit(next, lazy);
    };
    for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) visit(unprefix(m[1]!), eager);
    for (const p of eager) lazy.delete(p);
    const sum = (paths: Iterable<string>, key: 'raw' | 'gzip' = 'raw') => [...paths].reduce((total, p) => total + size(p)[key], 0);
    const weight = { url, html: Buffer.byteLength(html), css: sum(css), js: sum(eager), lazyJs: sum(lazy) };
    const transfer = gzipSync(html).length + sum(css, 'gzip') + sum(eager, 'gzip') + sum(lazy, 'gzip');
    return { ...weight, total: weight.html + weight.css + weight.js + weight.lazyJs, transfer };
  };
}

/** Relative imports of an ES module as site paths: `import … from "../../tools/bench/x.js"` and `import("../../tools/bench/y.js")`. */
export function moduleImports(code: string, sitePath: string): { static: string[]; lazy: string[] } {
  const resolve = (specifier: string) => path.posix.join(path.posix.dirname(sitePath), specifier);
  const relative = (s: string) => s.startsWith('./') || s.startsWith('../');
  const staticOnes = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  const lazyOnes = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return { static: staticOnes.filter(relative).map(resolve), lazy: lazyOnes.filter(relative).map(resolve) };
}
