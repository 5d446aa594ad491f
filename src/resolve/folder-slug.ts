/**
 * The folders a vault note's url keeps: `notes/Reading/Deep Work.md` lives at
 * `/notes/reading/deep-work/`, so notes of the same name in two folders keep apart and a url
 * says where the note sits, as in Obsidian Publish and Quartz. Export-format records and
 * `urls: flat` keep the flat `/notes/<slug>/`.
 */
import type { ParsedDocument } from '../model.ts';
import { makeSlug } from './slug.ts';
import type { UrlMode } from './vault-options.ts';

/** The slugged folder path of a document, '' for none. */
export type FolderOf = (doc: ParsedDocument) => string;

export const noFolder: FolderOf = () => '';

// A folder name is a label, not a title: a short slug keeps the whole url readable.
const MAX_FOLDER_SLUG = 40;

export function folderSlugs(mode: UrlMode): FolderOf {
  if (mode === 'flat') return noFolder;
  return (doc) => {
    if (doc.format !== 'markdown' || doc.slug !== undefined) return '';
    const parts = doc.file.split('/').slice(0, -1);
    return parts.map((part) => makeSlug(part, MAX_FOLDER_SLUG)).join('/');
  };
}
