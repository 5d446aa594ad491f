import type { PageData } from '../src/site/page-data.ts';
import { singlePage } from '../src/site/page-data.ts';
import { renderStalePage } from '../src/site/pages/stale.ts';

export const data = singlePage('/stale/');

export function render({ site }: PageData): string {
  return renderStalePage(site);
}
