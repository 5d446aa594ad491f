import type { PageData } from '../src/site/data/page-data.ts';
import { singlePage } from '../src/site/data/page-data.ts';
import { renderNetworkPage } from '../src/site/pages/network.ts';

export const data = singlePage('/network/');

export function render({ site }: PageData): string {
  return renderNetworkPage(site);
}
