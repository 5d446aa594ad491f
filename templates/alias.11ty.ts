import type { PageData } from '../src/site/data/page-data.ts';
import { recordPagination } from '../src/site/data/page-data.ts';
import { renderAliasRedirect } from '../src/site/pages/alias-redirect.ts';
import type { AliasRedirect } from '../src/site/data/alias-redirects.ts';

export const data = recordPagination('site.aliasRedirects');

export function render({ site, record }: PageData<AliasRedirect>): string {
  return renderAliasRedirect(site, record);
}
