/**
 * The front matter keys Obsidian vaults (and Obsidian Publish, Quartz) use beyond the atlas's
 * own: `aliases`, `permalink`, `publish`, `draft`; and tags written the ways vaults write them.
 */
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { report } from '../../diagnostics.ts';

/** Keys every kind of file may carry, export text included (they say how it is published). */
export const METADATA_KEYS = ['description', 'aliases', 'alias', 'permalink', 'publish', 'draft'];

export interface ObsidianFields {
  aliases?: string[];
  permalink?: string;
  private?: boolean;
}

/** `#tag`, ` tag ` → `tag`; Obsidian shows a front matter tag without its `#`. */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim();
}

/** `tags: a, b` or `tags: "#a #b"`: one string naming several tags. */
export function splitTagText(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map(cleanTag)
    .filter(Boolean);
}

/** `"[[Some note]]"` or `"[[Some note|label]]"` in a YAML string (Obsidian's link property) → `Some note`. */
export function unwrapWikilink(text: string): string {
  const match = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/.exec(text.trim());
  return match ? (match[1] as string).trim() : text;
}

export function readObsidianFields(data: Record<string, unknown>, file: VFile, place: (key: string) => Position, wrong: (key: string, expected: string) => void): ObsidianFields {
  const fields: ObsidianFields = {};
  const aliasKey = data.aliases !== undefined ? 'aliases' : 'alias';
  const aliases = data[aliasKey];
  if (typeof aliases === 'string')
    fields.aliases = aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
  else if (Array.isArray(aliases)) {
    fields.aliases = aliases
      .filter((a): a is string | number => typeof a === 'string' || typeof a === 'number')
      .map((a) => String(a).trim())
      .filter(Boolean);
    if (fields.aliases.length !== aliases.filter((a) => a !== null && a !== '').length) wrong(aliasKey, 'a list of names');
  } else if (aliases !== undefined && aliases !== null) wrong(aliasKey, 'a list of names');

  const permalink = data.permalink;
  if (typeof permalink === 'string' && permalink.trim() !== '') {
    const normalized = normalizePermalink(permalink);
    if (normalized === undefined) {
      report(file, `Unexpected \`permalink: ${permalink}\`, expected a path inside the site such as \`notes/my-page\`; ignored`, place('permalink'), 'bad-permalink');
    } else fields.permalink = normalized;
  } else if (permalink !== undefined && permalink !== null && permalink !== '') wrong('permalink', 'a path');

  const draft = readBoolean(data.draft);
  const publish = readBoolean(data.publish);
  if (data.draft !== undefined && data.draft !== null && draft === undefined) wrong('draft', '`true` or `false`');
  if (data.publish !== undefined && data.publish !== null && publish === undefined) wrong('publish', '`true` or `false`');
  if (draft === true || publish === false) fields.private = true;
  return fields;
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|yes)$/i.test(value.trim())) return true;
  if (typeof value === 'string' && /^(false|no)$/i.test(value.trim())) return false;
  return undefined;
}

/**
 * A permalink as a site url (`/a/b/`), or `undefined` when it would leave the output folder or
 * is not a plain path: `..` segments, a scheme, a backslash, a query or fragment.
 */
export function normalizePermalink(permalink: string): string | undefined {
  const text = permalink.trim();
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|[\\?#\0]|[<>"|*]/i.test(text)) return undefined;
  const parts = text
    .replace(/\/index\.html?$/i, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..' || p.startsWith('.'))) return undefined;
  // The site's own pages and files live there.
  if (RESERVED.has(parts[0]!.toLowerCase())) return undefined;
  return `/${parts.map((p) => encodeURIComponent(decodeSafe(p)).replace(/%20/g, '-')).join('/')}/`;
}

// Where the site's own pages live; `notes` and `inquiring-lines` too, so a permalink never
// takes an address the atlas gives a record.
const RESERVED = new Set([
  'notes',
  'inquiring-lines',
  'assets',
  'search',
  'network',
  'stale',
  'papers',
  'collections',
  'tags',
  '404.html',
  'feed.xml',
  'sitemap.xml',
  'graph.json',
  'llms.txt',
  'llms-full.txt',
  'index.html',
  'index.md',
]);

function decodeSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
