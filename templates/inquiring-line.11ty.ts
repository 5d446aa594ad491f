import type { InquiringLine } from '../src/model.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { recordPagination } from '../src/site/data/page-data.ts';
import { renderInquiringLinePage } from '../src/site/pages/inquiring-line.ts';

export const data = recordPagination('site.atlas.lines');

export function render({ site, record }: PageData<InquiringLine>): string {
  return renderInquiringLinePage(site, record);
}
