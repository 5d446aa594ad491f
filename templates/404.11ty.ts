import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderNotFoundPage } from '../src/site/pages/not-found.ts';

export const data = singlePage('/404.html');

export function render({ site }: PageData): string {
  return renderNotFoundPage(site);
}
