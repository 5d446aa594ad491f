/**
 * What the `.11ty.ts` templates share: the data Eleventy hands to `render`, and the front matter
 * of a page per record (pagination of size 1, permalink from the record's url) or a single page.
 */
import type { AtlasRecord } from '../../model.ts';
import type { SiteData } from './site-data.ts';
import type { ListPage } from './list-pages.ts';

export interface PageData<R = undefined> {
  site: SiteData;
  record: R;
}

/**
 * Which pagination items Eleventy renders this run (Eleventy's global `pageFilter`): all of them
 * on a clean build, the ones whose inputs changed on an update (`site/eleventy/pages-emitter.ts`).
 */
export type PageFilter = (items: readonly unknown[]) => unknown[];

/** Eleventy's `pagination.before`: the items of this run. */
function renderedItems(items: unknown[], data: { pageFilter?: PageFilter }): unknown[] {
  return data.pageFilter ? data.pageFilter(items) : items;
}

export function recordPagination(dataPath: string) {
  return {
    pagination: { data: dataPath, size: 1, alias: 'record', addAllPagesToCollections: false, before: renderedItems },
    permalink: (data: PageData<AtlasRecord>) => `${data.record.url}index.html`,
    // Collections of 10,000 pages cost memory and time, and no template reads them.
    eleventyExcludeFromCollections: true,
  };
}

export function singlePage(url: string) {
  return {
    permalink: url.endsWith('/') ? `${url}index.html` : url,
    eleventyExcludeFromCollections: true,
  };
}

/** A page per list page (`site.lists.papers`…), at the list page's own url. */
export function listPagination(dataPath: string) {
  return {
    pagination: { data: dataPath, size: 1, alias: 'record', addAllPagesToCollections: false, before: renderedItems },
    permalink: (data: PageData<ListPage<unknown>>) => `${data.record.url}index.html`,
    eleventyExcludeFromCollections: true,
  };
}
