import type { ListPage, StaleEntry } from '../src/site/data/list-pages.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { listPagination } from '../src/site/data/page-data.ts';
import { renderStalePage } from '../src/site/pages/stale.ts';

export const data = listPagination('site.lists.stale');

export function render({ site, record }: PageData<ListPage<StaleEntry>>): string {
  return renderStalePage(site, record);
}
