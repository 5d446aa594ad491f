/**
 * `/llms.txt` (the llms.txt convention: a title, a blockquote summary, a few lines on how to read
 * the site, then sections of links with one-line descriptions, `## Optional` last) and
 * `/llms-full.txt`, the whole library in one Markdown file: every line's and note's twin.
 */
import type { Note } from '../../model.ts';
import { compareText } from '../../resolve/record-order.ts';
import { escapeText } from '../render/mdast-to-markdown.ts';
import type { SiteData } from '../data/site-data.ts';
import { markdownTwinUrl } from './markdown-twin.ts';

export function renderLlmsTxt(site: SiteData): string {
  const { atlas, config } = site;
  const full = atlas.notes.filter((n) => !n.stub);
  const stubs = atlas.notes.filter((n) => n.stub);
  const parts: string[] = [`# ${escapeText(config.title)}`];
  if (config.description) parts.push(`> ${oneLine(config.description)}`);
  parts.push(
    `${count(atlas.lines.length, 'inquiring line')} (a question followed through the notes, with a research prompt to take it further), ${count(full.length, 'concept note')} and ${count(atlas.papers.length, 'cited paper')}. ` +
      (config.twins ? `Every line and note page has a Markdown twin: its address followed by \`index.md\`, linked below. ` : '') +
      `[llms-full.txt](${site.absolute('/llms-full.txt')}) holds the whole library in one file.`,
  );
  if (atlas.lines.length > 0) {
    parts.push('## Inquiring lines', atlas.lines.map((line) => item(site, line.title, line.url, line.summary)).join('\n'));
  }
  for (const [name, notes] of byCollection(site, full)) {
    parts.push(name === '' ? '## Notes' : `## Notes: ${escapeText(name)}`, notes.map((note) => item(site, note.title, note.url, note.summary)).join('\n'));
  }
  const optional = [
    `- [The whole library in one file](${site.absolute('/llms-full.txt')}): every inquiring line and note as Markdown`,
    `- [Papers](${site.absolute('/papers/')}): every paper the research prompts cite, with its date`,
    `- [Lines to re-run first](${site.absolute('/stale/')}): inquiring lines whose newest cited paper is oldest`,
  ];
  if (stubs.length > 0) {
    // A stub's description is what a referrer said of it: no file of its own describes it.
    parts.push('## Notes known by reference', stubs.map((note) => item(site, note.title, note.url, site.summaryOf(note.id) ?? '')).join('\n'));
  }
  parts.push('## Optional', optional.join('\n'));
  return parts.join('\n\n') + '\n';
}

/** The twins in site order (lines, then notes), each after a rule. */
export function renderLlmsFullTxt(site: SiteData, twins: readonly string[]): string {
  return [llmsFullHead(site), ...twins.map((twin) => twin.trimEnd())].join(LLMS_FULL_SEPARATOR) + '\n';
}

/**
 * The bytes `renderLlmsFullTxt` would write, without writing them: at full size the whole is
 * 97 MB, made only to learn that it is too large for one file.
 */
export function llmsFullTxtBytes(site: SiteData, twins: readonly string[]): number {
  let bytes = Buffer.byteLength(llmsFullHead(site)) + 1;
  for (const twin of twins) bytes += Buffer.byteLength(LLMS_FULL_SEPARATOR) + Buffer.byteLength(twin.trimEnd());
  return bytes;
}

const LLMS_FULL_SEPARATOR = '\n\n***\n\n';

function llmsFullHead(site: SiteData): string {
  const { config } = site;
  const head = [`# ${escapeText(config.title)}`];
  if (config.description) head.push(`> ${oneLine(config.description)}`);
  return head.join('\n\n');
}

/** `- [Title](/notes/x/index.md): summary` */
function item(site: SiteData, title: string, url: string, summary: string): string {
  const description = summary ? `: ${oneLine(summary)}` : '';
  return `- [${escapeText(title)}](${site.absolute(site.config.twins ? markdownTwinUrl(url) : url)})${description}`;
}

/** Notes grouped by collection name (by name; notes without one first, under ""). */
function byCollection(site: SiteData, notes: readonly Note[]): [string, Note[]][] {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const collection = note.collectionId === undefined ? undefined : site.record(note.collectionId);
    const name = collection?.kind === 'collection' ? collection.name : (note.collection ?? '');
    const group = groups.get(name) ?? [];
    group.push(note);
    groups.set(name, group);
  }
  return [...groups].sort(([a], [b]) => compareText(a, b));
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
