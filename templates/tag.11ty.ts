import type { PageData } from '../src/site/data/page-data.ts';
import { recordPagination } from '../src/site/data/page-data.ts';
import { renderTagPage } from '../src/site/pages/tag.ts';
import type { TagPage } from '../src/site/data/tag-pages.ts';

export const data = recordPagination('site.tagPages');

export function render({ site, record }: PageData<TagPage>): string {
  return renderTagPage(site, record);
}
