/** `/inquiring-lines/`, `/inquiring-lines/2/`…: every inquiring line with its deck, 100 a page. */
import type { InquiringLine } from '../../model.ts';
import { html } from '../render/html.ts';
import type { ListPage } from '../data/list-pages.ts';
import { figure } from '../data/list-pages.ts';
import type { SiteData } from '../data/site-data.ts';
import { recordLink } from '../components/record-link.ts';
import { renderListPage } from './list-page.ts';

export function renderInquiringLinesPage(site: SiteData, page: ListPage<InquiringLine>): string {
  const n = page.total;
  return renderListPage(site, page, {
    title: 'Inquiring lines',
    description: 'Every inquiring line: a question followed through the notes, with a research prompt to take it further.',
    deck: html`${figure(n)} ${n === 1 ? 'inquiring line' : 'inquiring lines'}, each a question followed through the notes. <a href="${site.href('/stale/')}">Lines to re-run first</a> orders them by the age of the papers their prompts cite.`,
    empty: 'No inquiring lines yet.',
    listId: 'line-list',
    entries: html`<ul class="record-list line-list" id="line-list">
${page.items.map((line) => html`<li>${recordLink(site, line)}${line.summary ? html`<p class="list-summary">${site.inline(line.summary)}</p>` : ''}</li>\n`)}</ul>`,
  });
}
