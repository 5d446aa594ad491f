/**
 * Everything a page needs, built once per build: the atlas, the settings, and the lookups pages
 * share (records by id, backlinks, arXiv id → paper page). A class instance rather than a plain
 * object so Eleventy's data cascade passes it by reference instead of deep-copying 10,000 records
 * into every template.
 */
import type { Atlas, AtlasRecord, GraphEdge, InquiringLine, Note, Paper } from '../../model.ts';
import type { SiteConfig } from '../../config/site-config.ts';
import type { ClaimDate } from '../../dates/claim-date.ts';
import { parseClaimDate } from '../../dates/claim-date.ts';
import type { LineDates } from '../../dates/line-dates.ts';
import { libraryReferenceDate, lineDates } from '../../dates/line-dates.ts';
import { indexBacklinks, indexRecords } from '../../resolve/backlinks.ts';
import { compareText } from '../../resolve/record-order.ts';
import { absoluteUrl, prefixUrl } from './site-url.ts';
import type { RawHtml } from '../render/html.ts';
import { inlineMarkdown, plainText } from '../render/render-inline.ts';
import type { SiteLists } from './list-pages.ts';
import { siteLists } from './site-lists.ts';
import { tagPages, type TagPage } from './tag-pages.ts';
import { aliasRedirects, type AliasRedirect } from './alias-redirects.ts';

/** A line or note that points at a record, and how. */
export interface Referrer {
  record: InquiringLine | Note;
  kinds: GraphEdge['kind'][];
}

/** A record next to another in the graph, with every edge between them. */
export interface Neighbour {
  record: AtlasRecord;
  edges: { edge: GraphEdge; outgoing: boolean }[];
}

export class SiteData {
  readonly records: ReadonlyMap<string, AtlasRecord>;
  readonly paperUrls: ReadonlyMap<string, string>;
  readonly #backlinks: ReadonlyMap<string, GraphEdge[]>;

  constructor(
    readonly atlas: Atlas,
    readonly config: SiteConfig,
  ) {
    this.records = indexRecords(atlas);
    this.#backlinks = indexBacklinks(atlas.graph);
    this.paperUrls = new Map(atlas.papers.map((p) => [p.arxivId, p.url]));
  }

  /** A site-relative url with the path prefix, as every internal `href` and `src` needs it. */
  href(url: string): string {
    return prefixUrl(this.config.pathPrefix, url);
  }

  /** Absolute when the base url is configured, else the prefixed path. */
  absolute(url: string): string {
    return absoluteUrl(this.config.baseUrl, this.config.pathPrefix, url);
  }

  /** Deck or summary text (one-line Markdown) as inline HTML; cached, since summaries repeat on many pages. */
  inline(text: string): RawHtml {
    let rendered = this.#inline.get(text);
    if (!rendered) this.#inline.set(text, (rendered = inlineMarkdown(text, this.config.pathPrefix)));
    return rendered;
  }
  #inline = new Map<string, RawHtml>();

  /**
   * Keep `previous`'s rendered summaries (they depend only on their text and the path prefix):
   * `atlas serve` makes new site data for every edit and re-renders the home page and the lists,
   * which show thousands of them.
   */
  adoptRendered(previous: SiteData): void {
    if (previous.config.pathPrefix === this.config.pathPrefix) this.#inline = previous.#inline;
  }

  /** Deck or summary text without Markdown signs, for attributes and previews. */
  plain(text: string): string {
    return plainText(text);
  }

  /** The list pages (`/inquiring-lines/`, `/notes/`, `/papers/`, `/stale/`), made once. */
  get lists(): SiteLists {
    return (this.#lists ??= siteLists(this));
  }
  #lists?: SiteLists;
  /** `/tags/<tag>/` pages, by path (`tag-pages.ts`). */
  get tagPages(): TagPage[] {
    return (this.#tagPages ??= tagPages(this.atlas));
  }
  #tagPages?: TagPage[];

  /** Redirect pages for notes' aliases (`alias-redirects.ts`). */
  get aliasRedirects(): AliasRedirect[] {
    return (this.#aliasRedirects ??= aliasRedirects(this.atlas));
  }
  #aliasRedirects?: AliasRedirect[];

  record(id: string): AtlasRecord | undefined {
    return this.records.get(id);
  }

  /**
   * The date claim ages are measured from: the settings' `today`, else the newest date anywhere
   * in the library (never the clock: same notes, same pages).
   */
  get referenceDate(): ClaimDate | undefined {
    if (this.#reference === null) this.#reference = parseClaimDate(this.config.today) ?? libraryReferenceDate(this.atlas);
    return this.#reference;
  }
  #reference: ClaimDate | undefined | null = null;

  /** The span, newest date and age of what a line's prompt rests on; undefined when undated. */
  datesOf(line: InquiringLine): LineDates | undefined {
    if (!this.#lineDates.has(line.id)) {
      this.#papers ??= new Map(this.atlas.papers.map((p) => [p.id, p]));
      this.#lineDates.set(line.id, lineDates(line, this.#papers, this.referenceDate));
    }
    return this.#lineDates.get(line.id);
  }
  readonly #lineDates = new Map<string, LineDates | undefined>();
  #papers?: Map<string, Paper>;

  /** What a mention preview and a listing show for a record: its summary, or what was said of it. */
  summaryOf(id: string): string | undefined {
    const record = this.records.get(id);
    if (!record) return undefined;
    if (record.kind === 'inquiring-line') return record.summary || undefined;
    if (record.kind === 'note') return record.summary || record.testimony[0]?.text || undefined;
    return undefined;
  }

  /** Lines and notes with an edge to `id`, lines first, each once, by title. */
  referrers(id: string): Referrer[] {
    const byId = new Map<string, Referrer>();
    for (const edge of this.#backlinks.get(id) ?? []) {
      const record = this.records.get(edge.source);
      if (!record || (record.kind !== 'inquiring-line' && record.kind !== 'note')) continue;
      const entry = byId.get(record.id) ?? { record, kinds: [] };
      if (!entry.kinds.includes(edge.kind)) entry.kinds.push(edge.kind);
      byId.set(record.id, entry);
    }
    return [...byId.values()].sort((a, b) => kindOrder(a.record) - kindOrder(b.record) || compareText(a.record.title, b.record.title) || compareText(a.record.id, b.record.id));
  }

  /**
   * Records one edge away from `id`, in either direction, each once with every edge between the
   * two (read from `id`'s side): lines, notes, papers, collections, each by title.
   */
  neighbours(id: string): Neighbour[] {
    const byId = new Map<string, Neighbour>();
    const add = (otherId: string, edge: GraphEdge, outgoing: boolean): void => {
      const record = this.records.get(otherId);
      if (!record) return;
      const entry = byId.get(otherId) ?? { record, edges: [] };
      entry.edges.push({ edge, outgoing });
      byId.set(otherId, entry);
    };
    for (const edge of this.#outgoing().get(id) ?? []) add(edge.target, edge, true);
    for (const edge of this.#backlinks.get(id) ?? []) add(edge.source, edge, false);
    return [...byId.values()].sort((a, b) => KIND_ORDER[a.record.kind] - KIND_ORDER[b.record.kind] || compareText(a.record.title, b.record.title) || compareText(a.record.id, b.record.id));
  }

  #outgoingIndex?: Map<string, GraphEdge[]>;
  #outgoing(): Map<string, GraphEdge[]> {
    if (!this.#outgoingIndex) {
      this.#outgoingIndex = new Map();
      for (const edge of this.atlas.graph.edges) {
        const list = this.#outgoingIndex.get(edge.source) ?? [];
        list.push(edge);
        this.#outgoingIndex.set(edge.source, list);
      }
    }
    return this.#outgoingIndex;
  }
}

function kindOrder(record: AtlasRecord): number {
  return KIND_ORDER[record.kind];
}

const KIND_ORDER: Readonly<Record<AtlasRecord['kind'], number>> = { 'inquiring-line': 0, note: 1, paper: 2, collection: 3 };
