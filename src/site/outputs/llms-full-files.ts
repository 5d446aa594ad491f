/**
 * `/llms-full.txt`, kept within what static hosts serve. The whole library in one Markdown file
 * is 83 MB at full size, and Cloudflare Pages serves no file over 25 MiB; so when the whole would
 * be larger, `/llms-full.txt` becomes an index of parts, as llms.txt publishers do: the inquiring
 * lines, then one part per collection (`/llms-full/<collection>.txt`), each cut into numbered
 * parts where it alone is too large. Below the limit it is the one file it always was.
 */
import { compareText } from '../../compare-text.ts';
import type { InquiringLine, Note } from '../../model.ts';
import { escapeText } from '../render/mdast-to-markdown.ts';
import { llmsFullTxtBytes, renderLlmsFullTxt } from '../pages/llms-txt.ts';
import type { SiteData } from '../data/site-data.ts';

/** The largest file Cloudflare Pages serves (25 MiB), the strictest of the common static hosts. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The folder the parts go in, under the site root. */
export const LLMS_FULL_PARTS = 'llms-full';

export interface LlmsFullFile {
  /** Relative to the site folder: `llms-full.txt`, `llms-full/<part>.txt`. */
  file: string;
  text: string;
}

interface Twin {
  record: InquiringLine | Note;
  markdown: string;
}

interface Group {
  slug: string;
  name: string;
  twins: Twin[];
}

/** The files that make `/llms-full.txt`: itself alone, or an index and its parts. */
export function llmsFullFiles(site: SiteData, twins: readonly Twin[], maxBytes: number = MAX_FILE_BYTES): LlmsFullFile[] {
  const markdowns = twins.map((twin) => twin.markdown);
  const wholeBytes = llmsFullTxtBytes(site, markdowns);
  if (wholeBytes <= maxBytes) return [{ file: 'llms-full.txt', text: renderLlmsFullTxt(site, markdowns) }];

  const parts: { file: string; title: string; count: number; text: string }[] = [];
  for (const group of groups(site, twins)) {
    const chunks = chunk(group, maxBytes, site);
    chunks.forEach((members, i) => {
      const title = chunks.length === 1 ? group.name : `${group.name} (part ${i + 1} of ${chunks.length})`;
      const file = `${LLMS_FULL_PARTS}/${group.slug}${chunks.length === 1 ? '' : `-${i + 1}`}.txt`;
      parts.push({ file, title, count: members.length, text: partText(site, title, members) });
    });
  }
  const { config } = site;
  const index = [`# ${escapeText(config.title)}`];
  if (config.description) index.push(`> ${config.description.replace(/\s+/g, ' ').trim()}`);
  index.push(
    `The whole library as Markdown is ${megabytes(wholeBytes)} MB, more than a static host serves in one file, so it is in ${parts.length} parts: the inquiring lines, then the notes of each collection.`,
    parts.map((part) => `- [${escapeText(part.title)}](${site.absolute(`/${part.file}`)}): ${part.count} ${part.count === 1 ? 'record' : 'records'}`).join('\n'),
  );
  return [{ file: 'llms-full.txt', text: index.join('\n\n') + '\n' }, ...parts.map(({ file, text }) => ({ file, text }))];
}

/** Lines first, then notes by collection name (notes in none last), each in site order. */
function groups(site: SiteData, twins: readonly Twin[]): Group[] {
  const lines: Group = { slug: 'inquiring-lines', name: 'Inquiring lines', twins: [] };
  const byCollection = new Map<string, Group>();
  const loose: Group = { slug: 'notes', name: 'Notes in no collection', twins: [] };
  for (const twin of twins) {
    const { record } = twin;
    if (record.kind === 'inquiring-line') {
      lines.twins.push(twin);
      continue;
    }
    const collection = record.collectionId === undefined ? undefined : site.record(record.collectionId);
    if (collection?.kind !== 'collection') {
      loose.twins.push(twin);
      continue;
    }
    let group = byCollection.get(collection.id);
    if (!group) byCollection.set(collection.id, (group = { slug: `collection-${collection.slug}`, name: `Notes: ${collection.name}`, twins: [] }));
    group.twins.push(twin);
  }
  const collections = [...byCollection.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.slug, b.slug));
  return [lines, ...collections, loose].filter((group) => group.twins.length > 0);
}

/** The group's twins in runs whose part stays within `maxBytes` (a twin larger alone stands alone). */
function chunk(group: Group, maxBytes: number, site: SiteData): Twin[][] {
  const head = byteLength(partText(site, `${group.name} (part 00 of 00)`, []));
  const separator = byteLength('\n\n***\n\n');
  const out: Twin[][] = [];
  let current: Twin[] = [];
  let size = head;
  for (const twin of group.twins) {
    const bytes = byteLength(twin.markdown) + separator;
    if (current.length > 0 && size + bytes > maxBytes) {
      out.push(current);
      current = [];
      size = head;
    }
    current.push(twin);
    size += bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function partText(site: SiteData, title: string, twins: readonly Twin[]): string {
  const head = `# ${escapeText(site.config.title)}: ${escapeText(title)}`;
  return [head, ...twins.map((twin) => twin.markdown.trimEnd())].join('\n\n***\n\n') + '\n';
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}
