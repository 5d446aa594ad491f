/**
 * The pages the `.11ty.ts` templates make, listed without rendering them: each page's output
 * path and the pagination item it is made from, read from the templates' own `data` (the same
 * permalinks Eleventy evaluates), so the pages emitter can plan what Eleventy will write.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AtlasRecord } from '../../model.ts';
import type { SiteData } from '../data/site-data.ts';
import type { ListPage } from '../data/list-pages.ts';
import { TEMPLATES_DIR } from './eleventy-config.ts';

/** What a paginated template pages over: records, list pages, tag pages, alias redirects. */
export type PageItem = AtlasRecord | ListPage<unknown> | { id: string; url: string };

interface TemplateData {
  permalink: string | ((data: { site: SiteData; record: PageItem }) => string);
  pagination?: { data: string };
}

export interface PageTemplate {
  name: string;
  data: TemplateData;
}

export interface PlannedPage {
  /** Output path relative to the site folder, `/`-separated: `notes/foo/index.html`, `feed.xml`. */
  outputPath: string;
  /** The pagination item the page is made from; absent for single pages (home, feed…). */
  item?: PageItem;
}

/** Every `*.11ty.ts` template of `dir`, by name. */
export async function loadPageTemplates(dir: string = TEMPLATES_DIR): Promise<PageTemplate[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.11ty.ts')).sort();
  return Promise.all(
    names.map(async (name) => {
      const module = (await import(pathToFileURL(path.join(dir, name)).href)) as Omit<PageTemplate, 'name'>;
      return { name, data: module.data };
    }),
  );
}

/** Every page the templates make for `site`. */
export function plannedPages(site: SiteData, templates: readonly PageTemplate[]): PlannedPage[] {
  const pages: PlannedPage[] = [];
  for (const template of templates) {
    const { permalink, pagination } = template.data;
    if (!pagination) {
      if (typeof permalink === 'string' && permalink) pages.push({ outputPath: permalink.replace(/^\//, '') });
      continue;
    }
    for (const item of paginated(site, pagination.data)) {
      const url = typeof permalink === 'function' ? permalink({ site, record: item }) : permalink;
      pages.push({ outputPath: url.replace(/^\//, ''), item });
    }
  }
  return pages;
}

/** `site.atlas.lines` → the items at that path of the template data. */
function paginated(site: SiteData, dataPath: string): PageItem[] {
  let value: unknown = { site };
  for (const key of dataPath.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? (value as PageItem[]) : [];
}
