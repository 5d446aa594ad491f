import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderCollectionsIndexPage } from '../src/site/pages/collections-index.ts';

export const data = singlePage('/collections/');

export function render({ site }: PageData): string {
  return renderCollectionsIndexPage(site);
}
