/**
 * Search as you type over the index the build wrote (`src/site/outputs/search-index.ts`), in the results
 * list under a `form[data-search]`. The form itself is a plain GET to `/search/`: on that page
 * the manifest is fetched at once and the query in `?q=` (with `kind=` and `collection=`) runs;
 * on the home page it is fetched only once the box is used, so a visit that never searches
 * downloads nothing. A query then fetches the shards its words are in and the documents of the
 * results on screen (`src/wire/search-query.ts`). Results are built as DOM text and `<mark>`
 * elements only; nothing from the index is inserted as HTML.
 */
import type { Segment } from '../wire/search-passage.ts';
import { bestPassage, highlightAll, leading } from '../wire/search-passage.ts';
import type { Highlight, SearchFilters } from '../wire/search-query.ts';
import { SearchEngine } from '../wire/search-query.ts';
import type { SearchManifest, StoredDocument } from '../wire/search-schema.ts';
import { SEARCH_KIND_LABELS } from '../wire/search-schema.ts';

/** Results shown at first, and how many more each "Show more" adds. */
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 120;

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
  const filters = [...form.querySelectorAll<HTMLSelectElement>('select[name="kind"], select[name="collection"]')];
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  results.append(more);

  let engine: Promise<SearchEngine> | undefined;
  let loaded = false;
  const load = (): Promise<SearchEngine> => (engine ??= loadEngine(indexUrl).then((ready) => ((loaded = true), ready)));

  let latest = 0;
  let hits: number[] = [];
  let highlight: Highlight = { words: [], phrases: [] };
  let shown = 0;
  const showMore = async (ticket: number): Promise<void> => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    const search = await load();
    const documents = await Promise.all(next.map((n) => search.document(n)));
    if (ticket !== latest) return;
    list.append(...documents.map((document) => resultItem(document, highlight, base)));
    const left = hits.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more`;
  };
  more.addEventListener('click', () => void showMore(latest).catch(() => undefined));

  const currentFilters = (): SearchFilters => Object.fromEntries(filters.map((select) => [select.name, select.value]));
  const onSearchPage = new URL(form.action, location.href).pathname === location.pathname;

  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    const trimmed = query.trim();
    if (onSearchPage) reflectInUrl(trimmed, currentFilters());
    if (trimmed === '') {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // The first query waits for the manifest: say so rather than seem to find nothing.
    if (!loaded) status.textContent = 'Loading the search index…';
    try {
      const search = await load();
      const outcome = await search.search(trimmed, currentFilters());
      if (ticket !== latest) return;
      hits = outcome.documents;
      highlight = outcome.highlight;
      shown = 0;
      list.replaceChildren();
      await showMore(ticket);
      if (ticket !== latest) return;
      status.textContent = summary(hits.length, trimmed);
    } catch {
      if (ticket !== latest) return;
      // A failed download may succeed on the next query.
      if (!loaded) engine = undefined;
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
  for (const select of filters) select.addEventListener('change', () => void run(input.value));
  if (onSearchPage) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(timer);
      void run(input.value);
    });
    // The reader came here to search: fetch the manifest while they type.
    load().catch(() => undefined);
    const params = new URLSearchParams(location.search);
    for (const select of filters) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    const query = params.get('q');
    if (query) {
      input.value = query;
      void run(query);
    }
  }
}

/** The query and filters in the address, so a search can be shared, bookmarked and gone back to. */
function reflectInUrl(query: string, filters: SearchFilters): void {
  const params = new URLSearchParams();
  params.set('q', query);
  for (const [name, value] of Object.entries(filters) as [keyof SearchFilters, string | undefined][]) if (value) params.set(name, value);
  const search = `?${params.toString()}`;
  if (search !== location.search) history.replaceState(null, '', search);
}

async function loadEngine(indexUrl: string): Promise<SearchEngine> {
  const manifest = await fetchJson<SearchManifest>(indexUrl);
  const folder = new URL('.', new URL(indexUrl, location.href));
  return new SearchEngine(manifest, (file) => fetchText(new URL(file, folder).href));
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function fetchJson<T>(url: string): Promise<T> {
  return JSON.parse(await fetchText(url)) as T;
}

function summary(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}

/** Segments as text nodes and `<mark>` elements. */
function marked(segments: Segment[]): Node[] {
  return segments.map(({ text, mark }) => {
    if (!mark) return document.createTextNode(text);
    const element = document.createElement('mark');
    element.textContent = text;
    return element;
  });
}

function resultItem([url, kind, title, summary, text]: StoredDocument, highlight: Highlight, base: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const label = document.createElement('span');
  label.className = 'kind-tag';
  label.dataset.kind = kind;
  label.textContent = Object.hasOwn(SEARCH_KIND_LABELS, kind) ? SEARCH_KIND_LABELS[kind] : kind;
  const link = document.createElement('a');
  // Only a site-relative url, under the path prefix: never another origin.
  link.href = typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? base + url.slice(1) : base;
  link.append(...marked(highlightAll(String(title), highlight)));
  item.append(label, ' ', link);
  // The passage that shows the most of the query: from the deck when it says as much as the
  // body does (it says what the record is about), else from the body; when neither says any of
  // it (the title matched), the deck's opening.
  const fromSummary = bestPassage(String(summary), highlight);
  const fromText = bestPassage(String(text), highlight);
  const best = fromText && fromText.distinct > (fromSummary?.distinct ?? 0) ? fromText : fromSummary;
  const passage = best?.segments ?? leading(String(summary) || String(text));
  if (passage.length > 0) {
    const p = document.createElement('p');
    p.className = 'search-passage';
    p.append(...marked(passage));
    item.append(p);
  }
  return item;
}
