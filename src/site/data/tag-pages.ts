/**
 * One page per tag, as Obsidian Publish and Quartz make them: `/tags/<tag>/` lists the lines and
 * notes carrying it (front matter `tags:` or an inline `#tag`); a nested tag `a/b` lives at
 * `/tags/a/b/`, and `/tags/a/` lists its children too, even when no note carries `a` itself.
 * Tags are matched without case; a tag page is named as the tag was first written.
 */
import type { Atlas, InquiringLine, Note } from '../../model.ts';
import { compareText } from '../../resolve/record-order.ts';
import { tagPath } from '../../parse/obsidian/tags.ts';

export interface TagPage {
  /** `tag:<path>`: template pagination and `atlas serve` key pages by id. */
  id: string;
  /** `a/b`, slugged. */
  path: string;
  url: string;
  /** As first written, e.g. `Area/Topic`. */
  name: string;
  /** Lines and notes carrying exactly this tag, by title. */
  records: (InquiringLine | Note)[];
  /** Paths of the tags one level below. */
  children: string[];
}

export function tagPages(atlas: Pick<Atlas, 'lines' | 'notes'>): TagPage[] {
  const pages = new Map<string, TagPage>();
  const page = (path: string, name: string): TagPage => {
    let found = pages.get(path);
    if (!found) pages.set(path, (found = { id: `tag:${path}`, path, url: `/tags/${path}/`, name, records: [], children: [] }));
    return found;
  };
  for (const record of [...atlas.lines, ...atlas.notes]) {
    for (const tag of record.tags) {
      const path = tagPath(tag);
      if (path === '') continue;
      const own = page(path, tag.replace(/^#/, ''));
      if (!own.records.includes(record)) own.records.push(record);
      // Every ancestor exists and lists its child.
      const parts = path.split('/');
      const names = tag.replace(/^#/, '').split('/');
      for (let depth = parts.length - 1; depth >= 1; depth--) {
        const parent = page(parts.slice(0, depth).join('/'), names.slice(0, depth).join('/'));
        const child = parts.slice(0, depth + 1).join('/');
        if (!parent.children.includes(child)) parent.children.push(child);
      }
    }
  }
  const sorted = [...pages.values()].sort((a, b) => compareText(a.path, b.path));
  for (const p of sorted) {
    p.records.sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id));
    p.children.sort(compareText);
  }
  return sorted;
}
