import type { Paper } from '../src/model.ts';
import type { ListPage } from '../src/site/data/list-pages.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { listPagination } from '../src/site/data/page-data.ts';
import { renderPapersIndexPage } from '../src/site/pages/papers-index.ts';

export const data = listPagination('site.lists.papers');

export function render({ site, record }: PageData<ListPage<Paper>>): string {
  return renderPapersIndexPage(site, record);
}
