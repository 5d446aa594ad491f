/**
 * Between the pages of a long list: "Page N of M", Previous and Next (`rel="prev"`/`"next"`, in
 * the page and in its `<head>`), and the page numbers around this one with the first and last.
 */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { ListPage } from '../data/list-pages.ts';
import { figure } from '../data/list-pages.ts';
import type { SiteData } from '../data/site-data.ts';

/** The page's title: "Papers", then "Papers, page 2 of 17". */
export function listPageTitle(title: string, page: ListPage<unknown>): string {
  return page.number === 1 ? title : `${title}, page ${page.number} of ${page.count}`;
}

/** `<link rel="prev">` and `<link rel="next">` for `<head>`. */
export function pagerLinks(site: SiteData, page: ListPage<unknown>): RawHtml {
  const prev = page.number > 1 ? html`<link rel="prev" href="${site.href(page.urls[page.number - 2]!)}">\n` : '';
  const next = page.number < page.count ? html`<link rel="next" href="${site.href(page.urls[page.number]!)}">\n` : '';
  return html`${prev}${next}`;
}

/** The page numbers shown: 1, the two either side of `current`, the last; `0` for a gap. */
export function pageNumbers(current: number, count: number): number[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: number[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (last !== undefined && n - last > 1) out.push(n - last === 2 ? n - 1 : 0);
    out.push(n);
  }
  return out;
}

/** Nothing for a list of one page. */
export function pager(site: SiteData, page: ListPage<unknown>, label: string): RawHtml | '' {
  if (page.count <= 1) return '';
  const url = (n: number) => site.href(page.urls[n - 1]!);
  const first = page.offset + 1;
  const last = page.offset + page.items.length;
  return html`<nav class="pager" aria-label="${label}">
<p class="pager-status">Page ${page.number} of ${page.count} · ${figure(first)}–${figure(last)} of ${figure(page.total)}</p>
<ul>
${page.number > 1 ? html`<li><a rel="prev" href="${url(page.number - 1)}">← Previous</a></li>\n` : ''}${pageNumbers(page.number, page.count).map((n) =>
    n === 0
      ? html`<li class="pager-gap" aria-hidden="true">…</li>\n`
      : n === page.number
        ? html`<li><a href="${url(n)}" aria-current="page">${n}</a></li>\n`
        : html`<li><a href="${url(n)}">${n}</a></li>\n`,
  )}${page.number < page.count ? html`<li><a rel="next" href="${url(page.number + 1)}">Next →</a></li>\n` : ''}</ul>
</nav>`;
}
