/**
 * Search as you type over Pagefind's index, in the results list under a `form[data-search]`.
 * The form itself is a plain GET to `/search/`; on that page the query in `?q=` runs at once.
 * Results are built with DOM text only; nothing from the index is inserted as HTML.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindModule {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 200;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) initSearch(form);

function initSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !results) return;
  const status = results.querySelector<HTMLElement>('.search-status');
  const list = results.querySelector<HTMLOListElement>('.search-list');
  if (!status || !list) return;

  let pagefind: Promise<PagefindModule> | undefined;
  const load = (): Promise<PagefindModule> =>
    (pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind ?? '/pagefind/pagefind.js').then(async (module: PagefindModule) => {
      await module.options({ baseUrl: form.dataset.base ?? '/' });
      return module;
    }));

  let latest = 0;
  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    const trimmed = query.trim();
    if (trimmed === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const module = await load();
      const found = await module.search(trimmed);
      const hits = found?.results ?? [];
      const data = await Promise.all(hits.slice(0, MAX_RESULTS).map((hit) => hit.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(resultItem));
      status.textContent = summary(hits.length, trimmed);
    } catch {
      if (ticket !== latest) return;
      status.textContent = 'Search is not available right now.';
    }
  };

  const onSearchPage = new URL(form.action, location.href).pathname === location.pathname;
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  if (onSearchPage) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
      void run(input.value);
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void run(query);
    }
  }
}

function summary(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  const shown = count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${shown}.`;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const kind = data.meta.kind ?? data.filters.kind?.[0];
  if (kind) {
    const label = document.createElement('span');
    label.className = 'kind-tag';
    label.textContent = kind;
    item.append(label, ' ');
  }
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  const text = data.meta.summary ?? plainText(data.excerpt);
  if (text) {
    const p = document.createElement('p');
    p.className = 'list-summary';
    p.textContent = text;
    item.append(p);
  }
  return item;
}

/** Pagefind's excerpt is HTML (escaped text with `<mark>`); only its text is shown. */
function plainText(excerpt: string): string {
  return new DOMParser().parseFromString(excerpt, 'text/html').body.textContent ?? '';
}
