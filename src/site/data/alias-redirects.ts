/**
 * A note's `aliases:` each get an address of their own, `/notes/<alias slug>/`, that sends the
 * reader on to the note (a meta refresh and a canonical link, as Quartz does), so an old link
 * or a guessed address still arrives. Only where no page has that address already.
 */
import type { Atlas } from '../../model.ts';
import { slugOrEmpty } from '../../resolve/slug.ts';

export interface AliasRedirect {
  /** `alias:<url>`. */
  id: string;
  url: string;
  alias: string;
  /** The url of the note or line it stands for. */
  target: string;
  title: string;
}

export function aliasRedirects(atlas: Pick<Atlas, 'lines' | 'notes' | 'papers' | 'collections'>): AliasRedirect[] {
  const taken = new Set<string>([...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections].map((r) => r.url));
  const out: AliasRedirect[] = [];
  for (const record of [...atlas.lines, ...atlas.notes]) {
    for (const alias of record.aliases ?? []) {
      const slug = slugOrEmpty(alias);
      if (slug === '') continue;
      const url = `/notes/${slug}/`;
      if (taken.has(url)) continue;
      taken.add(url);
      out.push({ id: `alias:${url}`, url, alias, target: record.url, title: record.title });
    }
  }
  return out;
}
