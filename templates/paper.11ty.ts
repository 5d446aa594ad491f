import type { Paper } from '../src/model.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { recordPagination } from '../src/site/data/page-data.ts';
import { renderPaperPage } from '../src/site/pages/paper.ts';

export const data = recordPagination('site.atlas.papers');

export function render({ site, record }: PageData<Paper>): string {
  return renderPaperPage(site, record);
}
