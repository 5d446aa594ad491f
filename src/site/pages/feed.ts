/**
 * `/feed.xml`: an Atom feed of the newest inquiring lines. Dates come from the input only: an undated
 * line has no `<updated>` and the feed's own is the newest line's date, so two builds of the same
 * notes are byte-identical (a build-time clock would make every build differ).
 */
import { escape } from 'html-escaper';
import type { InquiringLine } from '../../model.ts';
import { compareText } from '../../resolve/record-order.ts';
import type { SiteData } from '../data/site-data.ts';
import { renderMarkdown } from '../render/render-markdown.ts';

/**
 * A feed reader wants what is new, not the library: 6,000 full entries made a 30 MB feed that
 * took a second to render and that every reader would download on every poll.
 */
export const FEED_ENTRIES = 50;

export function renderFeed(site: SiteData): string {
  const { config } = site;
  const lines = [...site.atlas.lines].sort((a, b) => compareText(b.date ?? '', a.date ?? '') || compareText(a.id, b.id)).slice(0, FEED_ENTRIES);
  const newest = lines
    .map((l) => l.date)
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const feedId = config.baseUrl ? site.absolute('/') : 'urn:inquiry-atlas:feed';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${config.language ? ` xml:lang="${escape(config.language)}"` : ''}>
  <title>${escape(config.title)}: inquiring lines</title>
  <subtitle>${escape(config.description)}</subtitle>
  <id>${escape(feedId)}</id>
  <link rel="self" href="${escape(site.absolute('/feed.xml'))}"/>
  <link rel="alternate" type="text/html" href="${escape(site.absolute('/'))}"/>
${newest ? `  <updated>${atomDate(newest)}</updated>\n` : ''}${lines.map((line) => entry(site, line)).join('')}</feed>
`;
}

function entry(site: SiteData, line: InquiringLine): string {
  const id = site.config.baseUrl ? site.absolute(line.url) : `urn:inquiry-atlas:${line.id}`;
  const content = renderMarkdown(line.body, { pathPrefix: site.config.pathPrefix });
  return `  <entry>
    <title>${escape(line.title)}</title>
    <id>${escape(id)}</id>
    <link rel="alternate" type="text/html" href="${escape(site.absolute(line.url))}"/>
${line.date ? `    <updated>${atomDate(line.date)}</updated>\n` : ''}    <summary>${escape(site.plain(line.summary))}</summary>
    <content type="html">${escape(content)}</content>
  </entry>
`;
}

/** `2025-06-01` → `2025-06-01T00:00:00Z` (Atom wants a full timestamp). */
function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}
