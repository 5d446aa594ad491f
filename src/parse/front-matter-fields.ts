/**
 * The front matter fields the atlas knows, checked one by one: a field of the wrong type is
 * reported and ignored, the others still count.
 */
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { report } from '../diagnostics.ts';
import type { ParsedDocument, ParsedRelated, ParsedSource, ParsedTitleRef } from '../model.ts';
import { collapseWhitespace } from './lines.ts';
import { cleanTag, readObsidianFields, splitTagText, unwrapWikilink } from './obsidian/front-matter-keys.ts';

export interface FrontMatterFields {
  kind?: ParsedDocument['kind'];
  title?: string;
  summary?: string;
  collection?: string;
  originalTitle?: string;
  /** YYYY-MM-DD. */
  date?: string;
  tags?: string[];
  slug?: string;
  related?: ParsedRelated[];
  sources?: ParsedSource[];
  next?: ParsedTitleRef[];
  /** Obsidian's `aliases:` (or `alias:`): other names of the note. */
  aliases?: string[];
  /** `permalink:`: the page's address, inside the output folder. */
  permalink?: string;
  /** `draft: true` or `publish: false`: the file publishes nothing. */
  private?: boolean;
}

export const FRONT_MATTER_KEYS = [
  'kind',
  'title',
  'summary',
  'collection',
  'original_title',
  'date',
  'tags',
  'slug',
  'related',
  'sources',
  'next',
  'description',
  'aliases',
  'alias',
  'permalink',
  'publish',
  'draft',
] as const;

const KINDS: readonly string[] = ['note', 'inquiring-line'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;

type Place = (key: string) => Position;

export function readFields(data: Record<string, unknown>, file: VFile, place: Place): FrontMatterFields {
  const fields: FrontMatterFields = {};
  const wrong = (key: string, expected: string): void => {
    report(file, `Unexpected \`${key}: ${describe(data[key])}\`, expected ${expected}; field ignored`, place(key), 'front-matter-field');
  };
  for (const key of Object.keys(data).sort()) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      // Vaults carry keys for their own plugins (cssclasses, created, author…): not a problem.
      report(file, `Unknown front matter key \`${key}\`, not shown; the atlas reads ${FRONT_MATTER_KEYS.join(', ')}`, place(key), 'unknown-front-matter-key');
    }
  }
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    const result = asText(value);
    if (result === undefined) wrong(key, 'text');
    return result;
  };

  const kind = text('kind');
  if (kind !== undefined && KINDS.includes(kind)) fields.kind = kind as FrontMatterFields['kind'];
  else if (kind !== undefined) report(file, `Unexpected kind \`${kind}\`, expected \`note\` or \`inquiring-line\``, place('kind'), 'unknown-kind');
  fields.title = text('title') || undefined;
  // Obsidian Publish and Quartz read `description:` as the deck.
  fields.summary = text('summary') || text('description') || undefined;
  fields.collection = text('collection') || undefined;
  fields.originalTitle = text('original_title') || undefined;
  fields.slug = text('slug') || undefined;

  const date = data.date;
  if (date instanceof Date && !Number.isNaN(date.getTime())) fields.date = date.toISOString().slice(0, 10);
  else if (typeof date === 'string' && ISO_DATE.test(date)) fields.date = date.slice(0, 10);
  else if (date !== undefined && date !== null) wrong('date', 'a date (YYYY-MM-DD)');

  // An empty item (`tags:` then `- ` with nothing) is how a vault's property editor leaves one.
  const tags = Array.isArray(data.tags) ? data.tags.filter((tag) => tag !== null && tag !== '') : data.tags;
  if (typeof tags === 'string') fields.tags = splitTagText(tags);
  else if (Array.isArray(tags) && tags.every((tag) => asText(tag) !== undefined)) fields.tags = tags.map((tag) => cleanTag(asText(tag) as string)).filter(Boolean);
  else if (tags !== undefined && tags !== null) wrong('tags', 'a list of tags');

  Object.assign(fields, readObsidianFields(data, file, place, wrong));

  const next = list(data, 'next', wrong, (item) => {
    const title = asText(item);
    return title ? { title, position: place('next') } : undefined;
  });
  if (next) fields.next = next;

  const sources = list(data, 'sources', wrong, (item) => {
    const plain = asText(item);
    if (plain) return { title: plain, summary: '', position: place('sources') };
    if (!isRecord(item)) return undefined;
    const title = asText(item.title);
    return title ? { title, summary: asText(item.summary) ?? '', position: place('sources') } : undefined;
  });
  if (sources) fields.sources = sources;

  const related = list(data, 'related', wrong, (item) => {
    // A template's placeholder (`[...]`, `[1, 2]`) is no title: stubs named "..." help nobody.
    if (typeof item === 'number' || (typeof item === 'string' && !/[\p{L}\p{N}]/u.test(item))) return undefined;
    const plain = asText(item) === undefined ? undefined : unwrapWikilink(asText(item) as string);
    const title = plain ?? (isRecord(item) ? asText(item.title) : undefined);
    if (!title) return undefined;
    const record = isRecord(item) ? item : {};
    const entry = { title, relation: asText(record.relation) ?? '', description: asText(record.description) ?? '', position: place('related') };
    // A bare title is Obsidian's way to relate notes; only an entry written out in full lacks one.
    if (!entry.relation && plain === undefined) report(file, `Unexpected related \`${title}\` without \`relation\`, expected one`, place('related'), 'incomplete-entry');
    return entry;
  });
  if (related) fields.related = related;
  return fields;
}

/** A list field: each item read by `read`; unreadable items are reported and skipped. */
function list<T>(data: Record<string, unknown>, key: string, wrong: (key: string, expected: string) => void, read: (item: unknown) => T | undefined): T[] | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    wrong(key, 'a list');
    return undefined;
  }
  const items: T[] = [];
  for (const item of value) {
    const entry = read(item);
    if (entry === undefined) wrong(key, `list items with a \`title\` (not \`${describe(item)}\`)`);
    else items.push(entry);
  }
  return items;
}

/** Text, a number or a date as text; `undefined` for anything else. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return collapseWhitespace(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    // YAML aliases can build cycles JSON cannot show.
    json = Array.isArray(value) ? '[…]' : '{…}';
  }
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}
