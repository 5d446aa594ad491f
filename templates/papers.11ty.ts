import type { PageData } from '../src/site/page-data.ts';
import { singlePage } from '../src/site/page-data.ts';
import { renderPapersIndexPage } from '../src/site/pages/papers-index.ts';

export const data = singlePage('/papers/');

export function render({ site }: PageData): string {
  return renderPapersIndexPage(site);
}
