/**
 * The Markdown twin of a line or note page (`<page>index.md`): the same record as clean Markdown
 * for a reader's LLM, built from the records, not scraped from the HTML. Links are absolute site
 * paths with the path prefix, or full urls when the base url is set.
 *
 * A line's twin puts what its prompt refers to (deck, synthesis, sources) before the
 * `## Research prompt` heading, so "Copy with sources" can take that part as the context; a
 * note's twin is exactly what "Copy note" copies.
 */
import type { InquiringLine, Note } from '../../model.ts';
import { escapeText, safeLineStarts, toMarkdown } from '../render/mdast-to-markdown.ts';
import { isSafeUrl } from '../render/safe-url.ts';
import type { SiteData } from '../data/site-data.ts';
import { describeAge, describeSpan } from '../../dates/line-dates.ts';
import { PROMPT_HEADING } from '../../client/prompt-context.ts';

/** `/notes/foo/` → `/notes/foo/index.md` */
export function markdownTwinUrl(url: string): string {
  return `${url}index.md`;
}

/**
 * The twin of every line and note, in site order (lines, then notes): what the twins' files and
 * `llms-full.txt` both hold.
 */
export function recordTwins(site: SiteData): { record: InquiringLine | Note; markdown: string }[] {
  return [...site.atlas.lines, ...site.atlas.notes].map((record) => ({ record, markdown: recordMarkdown(site, record) }));
}

/** The twin of one line or note. */
export function recordMarkdown(site: SiteData, record: InquiringLine | Note): string {
  return record.kind === 'inquiring-line' ? lineMarkdown(site, record) : noteMarkdown(site, record);
}

export function lineMarkdown(site: SiteData, line: InquiringLine): string {
  const parts: string[] = [`# ${escapeText(line.title)}`];
  if (line.summary) parts.push(safeLineStarts(line.summary));
  parts.push(lineFacts(site, line));
  // Under `## Synthesis`, the body's own headings start at level 3: none can pass for a section of the twin.
  const body = toMarkdown(line.body, { url: linkUrl(site), headingShift: 2 });
  if (body) parts.push('## Synthesis', body);
  if (line.sources.length > 0) {
    const n = line.sources.length;
    parts.push(`## Sources (${n} ${n === 1 ? 'note' : 'notes'})`, line.sources.map((s) => `- ${recordLink(site, s.target, s.title)}${s.summary ? `: ${oneLine(s.summary)}` : ''}`).join('\n'));
  }
  if (line.prompt) {
    parts.push(PROMPT_HEADING);
    if (line.prompt.intro) parts.push(safeLineStarts(line.prompt.intro));
    const fence = '`'.repeat(Math.max(4, longestBacktickRun(line.prompt.text) + 1));
    parts.push(`${fence}markdown\n${line.prompt.text}\n${fence}`);
  }
  const next = line.next.length > 0 ? line.next.map((n) => ({ id: n.target, title: n.title })) : line.suggestedNext.map((id) => ({ id, title: site.record(id)?.title ?? id }));
  if (next.length > 0) {
    parts.push(
      line.next.length > 0 ? '## Next inquiring lines' : '## Lines that share the most sources',
      next.map((n) => `- ${recordLink(site, n.id, n.title)}${summaryAfter(site, n.id)}`).join('\n'),
    );
  }
  return parts.join('\n\n') + '\n';
}

export function noteMarkdown(site: SiteData, note: Note): string {
  const parts: string[] = [`# ${escapeText(note.title)}`];
  const deck = note.stub ? '' : note.summary;
  if (deck) parts.push(safeLineStarts(deck));
  parts.push(noteFacts(site, note));
  if (note.stub) {
    parts.push(
      '## What other records say of it',
      note.testimony.length === 0
        ? 'No record says more than its title.'
        : note.testimony
            .map(
              (t) =>
                `- ${t.as === 'source' ? 'As a source of' : 'Related from'} ${recordLink(site, t.from, site.record(t.from)?.title ?? t.from)}${t.relation ? ` (${escapeText(t.relation)})` : ''}: ${oneLine(t.text)}`,
            )
            .join('\n'),
    );
  }
  const body = toMarkdown(note.body, { url: linkUrl(site), headingShift: 1 });
  if (body) parts.push(body);
  if (note.related.length > 0) {
    parts.push(
      '## Related concepts in this collection',
      note.related.map((r) => `- ${recordLink(site, r.target, r.title)}${r.relation ? ` (${escapeText(r.relation)})` : ''}${r.description ? `: ${oneLine(r.description)}` : ''}`).join('\n'),
    );
  }
  const referrers = site.referrers(note.id);
  const lines = referrers.filter((r) => r.record.kind === 'inquiring-line');
  const notes = referrers.filter((r) => r.record.kind === 'note');
  if (lines.length > 0) {
    // Titles only: a much-cited note has hundreds of lines, and each line's twin has its own deck.
    parts.push('## Inquiring lines that cite it', lines.map(({ record }) => `- ${recordLink(site, record.id, record.title)}`).join('\n'));
  }
  if (notes.length > 0) {
    parts.push('## Notes that link here', notes.map(({ record }) => `- ${recordLink(site, record.id, record.title)}`).join('\n'));
  }
  if (note.originalTitle) parts.push('## Original note title', safeLineStarts(escapeText(note.originalTitle)));
  return parts.join('\n\n') + '\n';
}

/** "Inquiring line · claims dated 2025 to 2026 · newest about 4 months old as of 2026-05 · [HTML page](…)" */
function lineFacts(site: SiteData, line: InquiringLine): string {
  const facts = ['Inquiring line'];
  const dates = site.datesOf(line);
  if (dates) {
    facts.push(describeSpan(dates));
    const age = describeAge(dates, site.referenceDate);
    if (age) facts.push(age);
  }
  if (line.date) facts.push(`written ${line.date}`);
  facts.push(`[HTML page](${site.absolute(line.url)})`);
  return facts.join(' · ');
}

function noteFacts(site: SiteData, note: Note): string {
  const facts = [note.stub ? 'Note known by reference (no file in this library describes it)' : 'Note'];
  const collection = note.collectionId === undefined ? undefined : site.record(note.collectionId);
  if (collection) facts.push(`collection: ${recordLink(site, collection.id, collection.kind === 'collection' ? collection.name : collection.title)}`);
  else if (note.collection) facts.push(`collection: ${escapeText(note.collection)}`);
  if (note.date) facts.push(`written ${note.date}`);
  facts.push(`[HTML page](${site.absolute(note.url)})`);
  return facts.join(' · ');
}

/** `[Title](/prefix/notes/x/)`, or the title alone when no record has that id. */
function recordLink(site: SiteData, id: string | null, title: string): string {
  const record = id === null ? undefined : site.record(id);
  const label = escapeText(title);
  return record ? `[${label}](${site.absolute(record.url)})` : label;
}

function summaryAfter(site: SiteData, id: string | null): string {
  const summary = id === null ? undefined : site.summaryOf(id);
  return summary ? `: ${oneLine(summary)}` : '';
}

/** Summaries are one-line Markdown already; kept as written, on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Links in bodies: site paths made absolute, unsafe schemes dropped (their text stays). */
function linkUrl(site: SiteData): (url: string) => string | undefined {
  return (url) => {
    if (!isSafeUrl(url)) return undefined;
    return url.startsWith('/') && !url.startsWith('//') ? site.absolute(url) : url;
  };
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
