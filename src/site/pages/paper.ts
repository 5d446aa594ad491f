/** `/papers/<id>/`: a paper as the prompts cite it, the lines citing it, and its arXiv page. */
import type { InquiringLine, Paper } from '../../model.ts';
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { localGraph, localGraphJump } from '../components/local-graph.ts';
import { recordLink } from '../components/record-link.ts';
import { arxivAbsUrl } from '../../arxiv.ts';

export function renderPaperPage(site: SiteData, paper: Paper): string {
  const citing = paper.citedBy.map((id) => site.record(id)).filter((r): r is InquiringLine => r?.kind === 'inquiring-line');
  const article = html`<article class="record record-paper">
<header class="record-header">
<p class="kind-label" data-kind="paper">Paper · arXiv:${paper.arxivId}</p>
<h1>${paper.title}</h1>
<p class="deck">${paperDeck(paper)}</p>
${localGraphJump()}
</header>
<p><a class="arxiv-link" href="${arxivAbsUrl(paper.arxivId)}">arxiv.org/abs/${paper.arxivId}</a></p>
<section aria-labelledby="cited-by-title">
<h2 id="cited-by-title">Cited by ${citing.length} inquiring ${citing.length === 1 ? 'line' : 'lines'}</h2>
<ul class="record-list">
${citing.map((line) => html`<li>${recordLink(site, line)}${line.summary ? html`<p class="list-summary">${site.inline(line.summary)}</p>` : ''}</li>\n`)}</ul>
</section>
</article>`;
  const main = html`${article}
${localGraph(site, paper, article)}`;
  return renderLayout(site, {
    title: paper.title,
    description: paperDeck(paper),
    url: paper.url,
    main,
    scripts: ['local-graph'],
  });
}

/** "arXiv:2506.18032, dated 2025-06 as cited." */
export function paperDeck(paper: Paper): string {
  return `arXiv:${paper.arxivId}${paper.date ? `, dated ${paper.date} as cited` : ''}.`;
}
