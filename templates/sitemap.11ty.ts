import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderSitemap } from '../src/site/pages/sitemap.ts';

export const data = singlePage('/sitemap.xml');

export function render({ site }: PageData): string {
  return renderSitemap(site);
}
