import type { Collection } from '../src/model.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { recordPagination } from '../src/site/data/page-data.ts';
import { renderCollectionPage } from '../src/site/pages/collection.ts';

export const data = recordPagination('site.atlas.collections');

export function render({ site, record }: PageData<Collection>): string {
  return renderCollectionPage(site, record);
}
