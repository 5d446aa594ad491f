/**
 * Full-text search: Pagefind indexes the record pages (only `data-pagefind-body` pages) and writes
 * its bundle to `<out>/pagefind/`.
 *
 * Pagefind is the build's slowest stage: its cost grows with every byte it parses and every word
 * it indexes, and it compresses every file it writes at gzip's best level. So pages are handed to
 * it from memory as Eleventy renders them (its indexer is a process of its own and works on the
 * other core meanwhile), cut down to their `data-pagefind-body` first (the head, navigation and
 * footer are the same on every page), and text that belongs to other records or is a template is
 * left out: a search finds the record that says a word, not every page that lists it.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { compareText } from './graph-order.ts';

export interface SearchIndexOptions {
  /** ISO 639-1 code the whole site is indexed as. */
  language: string;
  /** Classes of the `<section>`s of a page's `data-pagefind-body` cut out before indexing. */
  excludeSections: readonly string[];
  /** Parts of what remains that Pagefind leaves out. */
  excludeSelectors: readonly string[];
  /** Pages' result data is bundled into at most this many files (one per page is 10,000 files). */
  maxFragments: number;
}

export const defaultSearchIndexOptions: SearchIndexOptions = {
  language: 'en',
  excludeSections: [
    // Already `data-pagefind-ignore`: the neighbours' titles.
    'local-graph',
    // The research prompt: instructions for an LLM, much the same on every line.
    'research-prompt',
    // Other records: the next lines and the records that link here.
    'next-lines',
    'referenced-by',
  ],
  // What other records are: their summaries under sources and related notes.
  excludeSelectors: ['.source-summary', '.related .list-summary'],
  // A result fetches its page's bundle: five or six pages' data, a few KB gzipped.
  maxFragments: 2000,
};

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/**
 * One build's index: `expect` the pages, `add` each as it renders, then `write` once. Pagefind
 * numbers pages in the order it is given them, and that order reaches its files, so pages go to
 * it one at a time in the expected order, whatever order they render in: each as soon as every
 * page before it has arrived (pages that come early wait, as UTF-8, which is half the memory of
 * most strings here). Pages never expected go last, by url.
 */
export class SearchIndexer {
  readonly #options: SearchIndexOptions;
  #index?: Promise<{ index?: PagefindIndex; errors: string[] }>;
  /** The urls to index, in the order they are sent; `next` is the first not yet sent. */
  #order: string[] = [];
  #next = 0;
  readonly #arrived = new Map<string, Buffer>();
  /** Urls whose turn has come, waiting to be sent. */
  readonly #ready: string[] = [];
  #pumping = false;
  #sending: Promise<unknown> = Promise.resolve();
  #sent = 0;
  readonly #errors: string[] = [];

  constructor(options: Partial<SearchIndexOptions> = {}) {
    this.#options = { ...defaultSearchIndexOptions, ...options };
  }

  /**
   * The urls of the pages that will be added, in the order to send them. Eleventy renders its
   * templates' pages turn about, so taking one from each list in turn keeps few pages waiting.
   */
  expect(lists: readonly (readonly string[])[]): void {
    const order: string[] = [];
    for (let i = 0; i < Math.max(0, ...lists.map((list) => list.length)); i++) for (const list of lists) if (i < list.length) order.push(list[i]!);
    this.#order = [...new Set(order)];
  }

  /** One rendered page; it is sent to Pagefind as soon as its turn comes, while others render. */
  add(url: string, html: string): void {
    const content = searchableHtml(html, this.#options);
    if (content === undefined) return;
    this.#arrived.set(url, Buffer.from(content));
    while (this.#next < this.#order.length && this.#arrived.has(this.#order[this.#next]!)) this.#ready.push(this.#order[this.#next++]!);
    this.#pump();
  }

  /** Write the bundle to `<outDir>/pagefind/` and stop Pagefind. */
  async write(outDir: string): Promise<SearchIndexResult> {
    const errors = this.#errors;
    try {
      const queued = new Set(this.#ready);
      this.#ready.push(...[...this.#arrived.keys()].filter((url) => !queued.has(url)).sort(compareText));
      // A pump that was just finishing may have left the last pages queued: go until none are.
      await this.#sending;
      while (this.#ready.length > 0) {
        this.#pump();
        await this.#sending;
      }
      if (!this.#index) return { pages: 0, errors };
      const { index, errors: createErrors } = await this.#index;
      errors.push(...createErrors);
      if (!index) return { pages: 0, errors };
      const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
      errors.push(...written.errors);
      return { pages: this.#sent, errors };
    } catch (error) {
      errors.push((error as Error).message);
      return { pages: 0, errors };
    } finally {
      this.#index = undefined;
      this.#arrived.clear();
      await pagefind.close();
    }
  }

  /** Send the ready pages one at a time; each is made a string again only when its turn comes. */
  #pump(): void {
    if (this.#pumping || this.#ready.length === 0) return;
    this.#pumping = true;
    this.#index ??= pagefind.createIndex({
      forceLanguage: this.#options.language,
      excludeSelectors: [...this.#options.excludeSelectors],
      maxFragments: this.#options.maxFragments,
      verbose: false,
    });
    const index = this.#index;
    this.#sending = (async () => {
      try {
        const { index: created } = await index;
        for (let url = this.#ready.shift(); url !== undefined; url = this.#ready.shift()) {
          const content = this.#arrived.get(url)?.toString();
          this.#arrived.delete(url);
          if (!created || content === undefined) continue;
          const added = await created.addHTMLFile({ url, content }).catch((error: Error) => ({ errors: [error.message] }));
          this.#errors.push(...added.errors);
          this.#sent++;
        }
      } catch (error) {
        // Pagefind did not start: nothing more can be indexed (`write` reports it).
        this.#errors.push((error as Error).message);
        this.#ready.length = 0;
      } finally {
        this.#pumping = false;
      }
    })();
  }
}

/**
 * The part of a page Pagefind reads: its `data-pagefind-body` element, without the excluded
 * sections, as a document of its own; undefined for a page with nothing to index. Works on the
 * layout's own markup (one `<main>`, sections that do not nest), not on arbitrary HTML.
 */
export function searchableHtml(html: string, options: Pick<SearchIndexOptions, 'language' | 'excludeSections'> = defaultSearchIndexOptions): string | undefined {
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end < start) return undefined;
  let body = html.slice(start, end + '</main>'.length);
  for (const name of options.excludeSections) {
    const open = body.search(new RegExp(`<section class="${name}"[ >]`));
    if (open === -1) continue;
    const close = body.indexOf('</section>', open);
    if (close !== -1) body = body.slice(0, open) + body.slice(close + '</section>'.length);
  }
  return `<!DOCTYPE html><html lang="${options.language}"><body>${body}</body></html>`;
}
