/**
 * `/inquiring-lines/<slug>/`: the question, the deck, the synthesis with its mentions as links,
 * the sources with what this line says of each, the research prompt, where to go next, and the
 * local graph.
 */
import type { InquiringLine } from '../../model.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { localGraph, localGraphJump } from '../components/local-graph.ts';
import { markdownBlock } from '../components/markdown-block.ts';
import { recordLink, recordLinkById } from '../components/record-link.ts';
import { researchPrompt } from '../components/research-prompt.ts';
import { describeAge, describeSpan } from '../../dates/line-dates.ts';
import { articleJsonLd } from '../render/json-ld.ts';
import { markdownTwinUrl } from './markdown-twin.ts';
import { mermaidHead } from '../render/mermaid.ts';
import { recordTags } from './tag.ts';

export function renderInquiringLinePage(site: SiteData, line: InquiringLine): string {
  const article = html`<article class="record record-line">
<header class="record-header">
<p class="kind-label" data-kind="line">Inquiring line</p>
<h1>${line.title}</h1>
${line.summary ? html`<p class="deck">${site.inline(line.summary)}</p>` : ''}
${localGraphJump()}
${recordTags(site, line.tags)}
</header>
<section class="synthesis" aria-label="Synthesis">
${markdownBlock(site, line.body, 'synthesis')}
</section>
${sources(site, line)}
${line.prompt ? researchPrompt(site, line.prompt, { ...(site.config.twins ? { contextUrl: site.href(markdownTwinUrl(line.url)) } : { contextFromPage: true }), dates: claimDates(site, line), markdown: line.format === 'markdown' }) : ''}
${nextLines(site, line)}
</article>`;
  const main = html`${article}
${localGraph(site, line, article)}`;
  const description = site.plain(line.summary) || line.title;
  const head = mermaidHead(site, line.body);
  return renderLayout(site, {
    ...(head ? { head } : {}),
    title: line.title,
    description,
    url: line.url,
    main,
    scripts: line.prompt ? ['copy-prompt', 'local-graph'] : ['local-graph'],
    type: 'article',
    markdownTwin: true,
    structuredData: articleJsonLd(site, line, description),
  });
}

/** "Claims dated 2025 to 2026 · newest about 4 months old as of 2026-05" */
function claimDates(site: SiteData, line: InquiringLine): string | undefined {
  const dates = site.datesOf(line);
  if (!dates) return undefined;
  const span = describeSpan(dates);
  const age = describeAge(dates, site.referenceDate);
  return `${span[0]!.toUpperCase()}${span.slice(1)}${age ? ` · ${age}` : ''}`;
}

function sources(site: SiteData, line: InquiringLine): RawHtml {
  if (line.sources.length === 0) return html``;
  const n = line.sources.length;
  return html`<section class="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources <span class="count">· ${n} ${n === 1 ? 'note' : 'notes'}</span></h2>
<ol class="source-list">
${line.sources.map(
  (source) => html`<li class="source">
<h3 class="source-title">${recordLinkById(site, source.target, source.title)}</h3>
${source.summary ? html`<p class="source-summary">${site.inline(source.summary)}</p>` : ''}
</li>
`,
)}</ol>
</section>`;
}

/** The lines the file names next; when it names none, the resolver's suggestions. */
function nextLines(site: SiteData, line: InquiringLine): RawHtml {
  const listed = line.next;
  const suggested = listed.length === 0 ? line.suggestedNext.map((id) => site.record(id)).filter((r) => r !== undefined) : [];
  if (listed.length === 0 && suggested.length === 0) return html``;
  return html`<section class="next-lines" aria-labelledby="next-title">
<h2 id="next-title">Next inquiring lines</h2>
${listed.length === 0 ? html`<p class="next-note">Lines that share the most sources with this one:</p>` : ''}
<ul class="record-list">
${listed.map((ref) => html`<li>${recordLinkById(site, ref.target, ref.title)}${summaryOf(site, ref.target)}</li>\n`)}${suggested.map((record) => html`<li>${recordLink(site, record)}${summaryOf(site, record.id)}</li>\n`)}</ul>
</section>`;
}

function summaryOf(site: SiteData, id: string | null): RawHtml {
  const summary = id === null ? undefined : site.summaryOf(id);
  return summary ? html`<p class="list-summary">${site.inline(summary)}</p>` : html``;
}
