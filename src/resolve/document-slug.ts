/**
 * The slug of a document's page: front matter `slug` when it slugifies to something (so `../../x`
 * is just `x`), else its title; numbered and reported when an earlier file already holds it.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import { makeSlug, slugOrEmpty, type SlugRegistry } from './slug.ts';

export interface SlugRequest {
  /** Front matter `slug`, if any. */
  slug?: string;
  /** The text to derive the slug from otherwise. */
  title: string;
  /** Slugged folders the url keeps (`notes/<folder>/<slug>/`), when the title's slug is used. */
  folder?: string;
  /** Owner named in a collision report. */
  path: string;
  position?: Position;
}

export function claimDocumentSlug(request: SlugRequest, slugs: SlugRegistry, maxSlugLength: number, file: VFile | undefined): string {
  const fromFrontMatter = request.slug === undefined ? '' : slugOrEmpty(request.slug, maxSlugLength);
  const wanted = fromFrontMatter || (request.folder ? `${request.folder}/` : '') + makeSlug(request.title, maxSlugLength);
  const claim = slugs.claim(wanted, request.path);
  if (claim.takenBy !== undefined && file) {
    report(file, `Unexpected slug \`${wanted}\`, already used by \`${claim.takenBy}\`; using \`${claim.slug}\``, request.position, 'slug-collision');
  }
  return claim.slug;
}
