/**
 * Slugs: the last path segment of every record's url. ASCII, lowercase, bounded in length, never
 * empty, and unique within a kind of record.
 */
import slugify from '@sindresorhus/slugify';
import { hashSlug } from './hash-slug.ts';

export const MAX_SLUG_LENGTH = 80;

/** What a slug becomes when its text has nothing slugify can keep (only punctuation, only CJK…). */
export const FALLBACK_SLUG = 'untitled';

// Below this, suffixes like `-12` would eat most of the slug.
const MIN_SLUG_LENGTH = 16;

/**
 * Slug of `text`, at most `maxLength` characters, cut at a hyphen where it can be. Never empty:
 * a title in a script slugify drops gets a hash of itself (`hash-slug.ts`), only punctuation
 * gets `untitled`.
 */
export function makeSlug(text: string, maxLength: number = MAX_SLUG_LENGTH): string {
  return slugOrEmpty(text, maxLength) || hashSlug(text) || FALLBACK_SLUG;
}

/** Like `makeSlug`, but empty when `text` has nothing a slug can keep. */
export function slugOrEmpty(text: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const length = boundLength(maxLength);
  let slugs = slugsOf.get(length);
  if (slugs === undefined) slugsOf.set(length, (slugs = new Map<string, string>()));
  let slug = slugs.get(text);
  if (slug === undefined) {
    // decamelize would turn a name like "GaslightingBench" into two words; titles are prose.
    slug = truncateSlug(ASCII.test(text) ? asciiSlug(text) : slugify(text, { decamelize: false }), length);
    if (slugs.size >= MEMO_LIMIT) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

// Every record's slug is derived again each time the atlas is resolved (after every edit in
// `atlas serve`), from the same titles: each text is slugified once. Bounded; forgetting only
// costs time.
const slugsOf = new Map<number, Map<string, string>>();
const MEMO_LIMIT = 100_000;

const ASCII = /^\p{ASCII}*$/u;
const CONTRACTION = /([a-z\d])['\u2019]([ts])(?![a-z\d])/gi;

/**
 * What slugify makes of ASCII text, step for step, without the maps and expressions it builds
 * on every call (a corpus has a slug per title): `&` is "and", the two ASCII diacritics `^` and
 * `` ` `` go, the apostrophe of `'s` / `'t` goes, and every other run of non-alphanumerics is
 * one hyphen, none at either end. tests/resolve/slug.test.ts checks it against slugify.
 */
function asciiSlug(text: string): string {
  return text
    .replaceAll('&', ' and ')
    .replace(/[\^`]/g, '')
    .toLowerCase()
    .replace(CONTRACTION, '$1$2')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `slug` cut to at most `maxLength` characters, at the last hyphen boundary when there is one. */
export function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  let cut = slug.slice(0, maxLength);
  if (slug[maxLength] !== '-') {
    const hyphen = cut.lastIndexOf('-');
    if (hyphen > 0) cut = cut.slice(0, hyphen);
  }
  return cut.replace(/-+$/, '');
}

/** The slug of an arXiv id: the id itself, `/` of old-style ids as `-`, nothing else but `[a-z0-9.-]`. */
export function arxivSlug(arxivId: string): string {
  const slug = arxivId
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug === '' ? FALLBACK_SLUG : truncateSlug(slug, MAX_SLUG_LENGTH);
}

export interface SlugClaim {
  slug: string;
  /** Who already held the wanted slug, when the claim had to take a numbered one. */
  takenBy?: string;
}

/** Hands out unique slugs within one url space, first come first served. */
export interface SlugRegistry {
  claim(wanted: string, owner: string): SlugClaim;
}

export function createSlugRegistry(maxLength: number = MAX_SLUG_LENGTH): SlugRegistry {
  const owners = new Map<string, string>();
  const max = boundLength(maxLength);
  return {
    claim(wanted, owner) {
      const base = truncateSlug(wanted, max) || FALLBACK_SLUG;
      const holder = owners.get(base);
      if (holder === undefined) {
        owners.set(base, owner);
        return { slug: base };
      }
      for (let n = 2; ; n++) {
        const suffix = `-${n}`;
        const slug = (truncateSlug(base, max - suffix.length) || FALLBACK_SLUG.slice(0, max - suffix.length)) + suffix;
        if (!owners.has(slug)) {
          owners.set(slug, owner);
          return { slug, takenBy: holder };
        }
      }
    },
  };
}

function boundLength(maxLength: number): number {
  return Number.isFinite(maxLength) ? Math.max(MIN_SLUG_LENGTH, Math.floor(maxLength)) : MAX_SLUG_LENGTH;
}
