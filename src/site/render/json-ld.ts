/**
 * Structured data for search engines: a line or note page is an `Article` whose `citation`s are
 * the arXiv papers it cites (a line's research prompt, any page's `arXiv:` ids and arxiv.org
 * links), each a `ScholarlyArticle`. Written as JSON in `<script type="application/ld+json">`,
 * with `<`, `>` and `&` as \u escapes so no input text can close the element.
 */
import type { Nodes, Root } from 'mdast';
import type { InquiringLine, Note } from '../../model.ts';
import type { RawHtml } from './html.ts';
import { raw } from './html.ts';
import { ARXIV_LINK, ARXIV_MENTION, arxivAbsUrl } from '../../arxiv.ts';
import { previewText } from '../components/open-graph.ts';
import type { SiteData } from '../data/site-data.ts';

export type JsonLd = Record<string, unknown>;

export function articleJsonLd(site: SiteData, record: InquiringLine | Note, description: string): JsonLd {
  const { config } = site;
  const citations = citedArxivIds(record).map((id) => scholarlyArticle(site, id));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: record.title,
    description: previewText(description),
    url: site.absolute(record.url),
    ...(record.date ? { datePublished: record.date } : {}),
    ...(record.tags.length > 0 ? { keywords: record.tags.join(', ') } : {}),
    isPartOf: { '@type': 'WebSite', name: config.title, url: site.absolute('/') },
    ...(citations.length > 0 ? { citation: citations } : {}),
  };
}

/** `<script type="application/ld+json">…</script>`, safe for any text inside. */
export function jsonLdScript(data: JsonLd): RawHtml {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return raw(`<script type="application/ld+json">${json}</script>\n`);
}

/** arXiv ids a record cites: its prompt's papers first, then ids named in its body, each once. */
export function citedArxivIds(record: InquiringLine | Note): string[] {
  const ids = new Set<string>();
  if (record.kind === 'inquiring-line') for (const paper of record.prompt?.papers ?? []) ids.add(paper.arxivId);
  for (const id of arxivIdsIn(record.body)) ids.add(id);
  return [...ids];
}

/** In document order (parents before children, as `visit` would go, without its cost on every page). */
function arxivIdsIn(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      for (const match of node.value.matchAll(ARXIV_MENTION)) out.push(match[1]!);
    } else if (node.type === 'link') {
      const match = ARXIV_LINK.exec(node.url);
      if (match) out.push(match[1]!);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

function scholarlyArticle(site: SiteData, arxivId: string): JsonLd {
  const paper = site.record(`paper:${arxivId}`);
  const date = paper?.kind === 'paper' ? paper.date : undefined;
  return {
    '@type': 'ScholarlyArticle',
    ...(paper && paper.title !== `arXiv:${arxivId}` ? { name: paper.title } : {}),
    url: arxivAbsUrl(arxivId),
    identifier: `arXiv:${arxivId}`,
    // Only dates as ISO 8601 allows them: "~2025" is the prompt's estimate, not a date.
    ...(date && /^\d{4}(-\d{2})?$/.test(date) ? { datePublished: date } : {}),
  };
}
