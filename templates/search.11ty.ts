import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderSearchPage } from '../src/site/pages/search.ts';

export const data = singlePage('/search/');

export function render({ site }: PageData): string {
  return renderSearchPage(site);
}
