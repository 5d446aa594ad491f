/**
 * The site's pages without Eleventy: the same `.11ty.ts` templates, rendered by their own
 * `render` functions to their own permalinks, so `atlas serve` can re-render the few pages an
 * edit touches (Eleventy would run every template again) and get the bytes a full build writes.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AtlasRecord } from '../../model.ts';
import type { SiteData } from '../data/site-data.ts';
import type { ListPage } from '../data/list-pages.ts';
import { isListPage } from '../data/list-pages.ts';
import { TEMPLATES_DIR } from './site-session.ts';

/** What a paginated template pages over: records, or the pages of a long list. */
type PageItem = AtlasRecord | ListPage<unknown>;

interface TemplateData {
  permalink: string | ((data: { site: SiteData; record: PageItem }) => string);
  pagination?: { data: string };
}

export interface PageTemplate {
  name: string;
  data: TemplateData;
  render(data: { site: SiteData; record?: PageItem }): string;
}

export interface SitePage {
  /** Output path relative to the site folder, `/`-separated: `notes/foo/index.html`, `feed.xml`. */
  outputPath: string;
  /** The record the page is for; absent for single pages (home, list pages, feed…). */
  recordId?: string;
  render(): string;
}

/** Every `*.11ty.ts` template of `dir`, by name. */
export async function loadPageTemplates(dir: string = TEMPLATES_DIR): Promise<PageTemplate[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.11ty.ts')).sort();
  return Promise.all(
    names.map(async (name) => {
      const module = (await import(pathToFileURL(path.join(dir, name)).href)) as Omit<PageTemplate, 'name'>;
      return { name, data: module.data, render: module.render };
    }),
  );
}

/**
 * The pages the templates make for `site`: every single page and list page, and the record pages
 * of the records `wanted` accepts (all when absent).
 */
export function sitePages(site: SiteData, templates: readonly PageTemplate[], wanted?: (id: string) => boolean): SitePage[] {
  const pages: SitePage[] = [];
  for (const template of templates) {
    const { permalink, pagination } = template.data;
    if (!pagination) {
      const url = typeof permalink === 'string' ? permalink : '';
      if (url) pages.push({ outputPath: url.replace(/^\//, ''), render: () => template.render({ site }) });
      continue;
    }
    for (const record of paginated(site, pagination.data)) {
      // List pages show what every record says of itself: rendered on every update, like the home page.
      const listPage = isListPage(record);
      if (wanted && !listPage && !wanted(record.id)) continue;
      const url = typeof permalink === 'function' ? permalink({ site, record }) : permalink;
      const outputPath = url.replace(/^\//, '');
      pages.push(listPage ? { outputPath, render: () => template.render({ site, record }) } : { outputPath, recordId: record.id, render: () => template.render({ site, record }) });
    }
  }
  return pages;
}

/** `site.atlas.lines` → the records at that path of the template data. */
function paginated(site: SiteData, dataPath: string): PageItem[] {
  let value: unknown = { site };
  for (const key of dataPath.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? (value as PageItem[]) : [];
}
