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

/** The fields only front matter can give (slug, date, tags), the same for every kind of file. */
export function metadataFields(context: ParseContext): Pick<ParsedDocument, 'slug' | 'date' | 'tags'> {
  const { frontMatter } = context;
  const fields: Pick<ParsedDocument, 'slug' | 'date' | 'tags'> = { tags: frontMatter?.tags ?? [] };
  if (frontMatter?.slug !== undefined) fields.slug = frontMatter.slug;
  if (frontMatter?.date !== undefined) fields.date = frontMatter.date;
  return fields;
}
