import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderHomePage } from '../src/site/pages/home.ts';

export const data = singlePage('/');

export function render({ site }: PageData): string {
  return renderHomePage(site);
}
