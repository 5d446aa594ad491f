import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderTagsIndexPage } from '../src/site/pages/tag.ts';

export const data = singlePage('/tags/');

export function render({ site }: PageData): string {
  return renderTagsIndexPage(site);
}
