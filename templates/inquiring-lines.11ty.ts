import type { InquiringLine } from '../src/model.ts';
import type { ListPage } from '../src/site/data/list-pages.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { listPagination } from '../src/site/data/page-data.ts';
import { renderInquiringLinesPage } from '../src/site/pages/inquiring-lines-index.ts';

export const data = listPagination('site.lists.lines');

export function render({ site, record }: PageData<ListPage<InquiringLine>>): string {
  return renderInquiringLinesPage(site, record);
}
