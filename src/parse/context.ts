/**
 * What every part of the parser knows about the file it reads.
 */
import type { VFile } from 'vfile';
import type { ParsedDocument } from '../model.ts';
import type { FrontMatter } from './front-matter.ts';

export interface ParseContext {
  file: VFile;
  /** Path relative to the notes folder, `/`-separated. */
  path: string;
  /** File name without extension: the title of last resort. */
  stem: string;
  frontMatter?: FrontMatter;
  /** The file as decoded: every line's `offset` points into it. */
  source?: string;
}

type MetadataFields = Pick<ParsedDocument, 'slug' | 'date' | 'tags' | 'aliases' | 'permalink' | 'unpublished'>;

/** The fields only front matter can give (slug, date, tags…), the same for every kind of file. */
export function metadataFields(context: ParseContext): MetadataFields {
  const { frontMatter } = context;
  const fields: MetadataFields = { tags: frontMatter?.tags ?? [] };
  if (frontMatter?.slug !== undefined) fields.slug = frontMatter.slug;
  if (frontMatter?.date !== undefined) fields.date = frontMatter.date;
  if (frontMatter?.aliases?.length) fields.aliases = frontMatter.aliases;
  if (frontMatter?.permalink !== undefined) fields.permalink = frontMatter.permalink;
  if (frontMatter?.private) fields.unpublished = true;
  return fields;
}
