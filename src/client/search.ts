/**
 * Search as you type over the index the build wrote (`src/site/search-index.ts`), in the results
 * list under a `form[data-search]`. The form itself is a plain GET to `/search/`: on that page
 * the index is fetched at once and the query in `?q=` runs; on the home page it is fetched only
 * once the box is used, so a visit that never searches never downloads it. Results are built as
 * DOM text only; nothing from the index is inserted as HTML.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { unpackIndex } from '../site/search-index-codec.ts';
import type { IndexedDocument, SearchIndexFile, StoredDocument } from '../site/search-schema.ts';
import { SEARCH_INDEX_OPTIONS, SEARCH_KIND_LABELS } from '../site/search-schema.ts';

/** Results shown at first, and how many more each "Show more" adds. */
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 120;

const QUERY_OPTIONS: SearchOptions = {
  // A title or deck that says the words is what a reader is most likely looking for.
  boost: { title: 3, summary: 1.5 },
  // Every word typed narrows the results, as in most site searches.
  combineWith: 'AND',
  // The last word is usually still being typed.
  prefix: (_term, i, terms) => i === terms.length - 1,
  // A typo in a longer word still finds it; short words would match too much.
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
};

interface Library {
  index: MiniSearch<IndexedDocument>;
  documents: StoredDocument[];
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) initSearch(form);

function initSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const status = results?.querySelector<HTMLElement>('.search-status');
  const list = results?.querySelector<HTMLOListElement>('.search-list');
  const indexUrl = form.dataset.index;
  if (!input || !results || !status || !list || !indexUrl) return;
  const base = form.dataset.base ?? '/';
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  results.append(more);

  let library: Promise<Library> | undefined;
  let loaded = false;
  const load = (): Promise<Library> =>
    (library ??= loadLibrary(indexUrl).then((ready) => ((loaded = true), ready)));

  let latest = 0;
  let hits: StoredDocument[] = [];
  let shown = 0;
  const showMore = (): void => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    list.append(...next.map((hit) => resultItem(hit, base)));
    shown += next.length;
    const left = hits.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more`;
  };
  more.addEventListener('click', showMore);

  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    const trimmed = query.trim();
    if (trimmed === '') {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // The first query waits for the index: say so rather than seem to find nothing.
    if (!loaded) status.textContent = 'Loading the search index…';
    try {
      const { index, documents } = await load();
      if (ticket !== latest) return;
      hits = index
        .search(trimmed, QUERY_OPTIONS)
        .map((result) => documents[result.id as number])
        .filter((hit): hit is StoredDocument => hit !== undefined);
      shown = 0;
      list.replaceChildren();
      showMore();
      status.textContent = summary(hits.length, trimmed);
    } catch {
      if (ticket !== latest) return;
      // A failed download may succeed on the next query.
      library = undefined;
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Search is not available right now.';
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  const onSearchPage = new URL(form.action, location.href).pathname === location.pathname;
  if (onSearchPage) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(timer);
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
      void run(input.value);
    });
    // The reader came here to search: fetch the index while they type.
    load().catch(() => undefined);
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void run(query);
    }
  }
}

async function loadLibrary(indexUrl: string): Promise<Library> {
  const [{ default: MiniSearchClass }, file] = await Promise.all([
    // Its own chunk: the home page loads it only when its box is used.
    import('minisearch'),
    fetchJson<SearchIndexFile>(indexUrl),
  ]);
  const index = await MiniSearchClass.loadJSAsync<IndexedDocument>(unpackIndex(file.index), SEARCH_INDEX_OPTIONS);
  return { index, documents: file.documents };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function summary(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}

function resultItem([url, kind, title, summary]: StoredDocument, base: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const label = document.createElement('span');
  label.className = 'kind-tag';
  label.dataset.kind = kind;
  label.textContent = Object.hasOwn(SEARCH_KIND_LABELS, kind) ? SEARCH_KIND_LABELS[kind] : kind;
  const link = document.createElement('a');
  // Only a site-relative url, under the path prefix: never another origin.
  link.href = url.startsWith('/') && !url.startsWith('//') ? base + url.slice(1) : base;
  link.textContent = title;
  item.append(label, ' ', link);
  if (summary) {
    const p = document.createElement('p');
    p.className = 'list-summary';
    p.textContent = summary;
    item.append(p);
  }
  return item;
}
