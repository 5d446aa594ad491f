import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderFeed } from '../src/site/pages/feed.ts';

export const data = singlePage('/feed.xml');

export function render({ site }: PageData): string {
  return renderFeed(site);
}
