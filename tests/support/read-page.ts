/** Read built pages back for assertions: by site url, parsed with cheerio. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

/** The file a site-relative url is served from: `/notes/a/` → `<out>/notes/a/index.html`. */
export function pagePath(outDir: string, url: string): string {
  const relative = url.endsWith('/') ? `${url}index.html` : url;
  return path.join(outDir, ...relative.split('/').filter(Boolean));
}

export function pageExists(outDir: string, url: string): boolean {
  return existsSync(pagePath(outDir, url));
}

export function readPageText(outDir: string, url: string): string {
  return readFileSync(pagePath(outDir, url), 'utf8');
}

export function readPage(outDir: string, url: string): CheerioAPI {
  return cheerio.load(readPageText(outDir, url));
}

/** Every file below `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
