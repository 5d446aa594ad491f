/** `/papers/`: every paper the research prompts cite, newest first. */
import type { Paper } from '../../model.ts';
import { compareText } from '../../resolve/record-order.ts';
import { html } from '../html.ts';
import { renderLayout } from '../layout.ts';
import type { SiteData } from '../site-data.ts';

export function renderPapersIndexPage(site: SiteData): string {
  const papers = [...site.atlas.papers].sort(
    (a, b) => compareText(b.date ?? '', a.date ?? '') || compareText(a.arxivId, b.arxivId),
  );
  const main = html`<h1>Papers</h1>
<p class="deck">${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} cited by the research prompts, newest first, with titles and dates as cited.</p>
<ul class="paper-list">
${papers.map((paper) => paperItem(site, paper))}</ul>`;
  return renderLayout(site, { title: 'Papers', description: 'Every paper the research prompts cite.', url: '/papers/', main });
}

function paperItem(site: SiteData, paper: Paper) {
  return html`<li><a href="${site.href(paper.url)}" data-kind="paper">${paper.title}</a> <span class="paper-meta">arXiv:${paper.arxivId}${paper.date ? ` · ${paper.date}` : ''} · cited by ${paper.citedBy.length}</span></li>\n`;
}
