/**
 * Find on the network: a combobox whose suggestions open in a list over the map (never pushing it
 * down), matched on any word of a title, not only its start. Arrow keys move through the
 * suggestions, Enter chooses (the first when none is active), Escape closes the list, then clears.
 */
import { KIND_NAMES } from './graph-kinds.ts';
import type { NetworkModel } from './graph-network-model.ts';

const MAX_RESULTS = 12;

export interface FindBox {
  element: HTMLElement;
}

/**
 * Rank of a title for a query, lower is better, or -1 when it does not match: the whole query
 * starting the title, then starting a word of it, then every query word starting some word of the
 * title (in any order), then the query anywhere inside.
 */
export function matchRank(title: string, words: readonly string[], query: string, queryWords: readonly string[]): number {
  if (title.startsWith(query)) return 0;
  const at = title.indexOf(query);
  if (at > 0 && !isWordChar(title[at - 1]!)) return 1;
  if (queryWords.length > 0 && queryWords.every((q) => words.some((w) => w.startsWith(q)))) return 2;
  return at >= 0 ? 3 : -1;
}

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/** Best matches first; ties go to the more linked node, then the shorter title. */
export function findNodes(model: NetworkModel, index: { titles: string[]; words: string[][] }, query: string, visible: Uint8Array): number[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  const qw = wordsOf(q);
  const ranked: [number, number][] = [];
  for (let i = 0; i < model.nodes.length; i++) {
    const rank = matchRank(index.titles[i]!, index.words[i]!, q, qw);
    // Nodes hidden by the filters still match, after the shown ones.
    if (rank >= 0) ranked.push([rank + (visible[i] ? 0 : 4), i]);
  }
  return ranked
    .sort((a, b) => a[0] - b[0] || model.degree[b[1]]! - model.degree[a[1]]! || model.nodes[a[1]]!.title.length - model.nodes[b[1]]!.title.length || a[1] - b[1])
    .slice(0, MAX_RESULTS)
    .map(([, i]) => i);
}

export function createFindBox(model: NetworkModel, visible: Uint8Array, swatch: (i: number) => SVGSVGElement, choose: (index: number) => void): FindBox {
  const index = { titles: model.nodes.map((n) => n.title.toLowerCase()), words: model.nodes.map((n) => wordsOf(n.title)) };
  const element = document.createElement('div');
  element.className = 'network-find';
  element.setAttribute('role', 'search');
  Object.assign(element.style, { position: 'relative', flex: '1 1 14rem', maxWidth: '26rem', display: 'flex', alignItems: 'center', gap: '0.4rem' });
  const label = element.appendChild(document.createElement('label'));
  label.htmlFor = 'network-find-input';
  label.textContent = 'Find';
  const input = element.appendChild(document.createElement('input'));
  Object.assign(input, { type: 'search', id: 'network-find-input', autocomplete: 'off', placeholder: 'Any word of a title…', spellcheck: false });
  input.style.flex = '1';
  input.style.minWidth = '0';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'network-find-list');
  input.setAttribute('aria-describedby', 'network-find-count');
  const count = element.appendChild(document.createElement('span'));
  count.id = 'network-find-count';
  count.className = 'visually-hidden';
  count.setAttribute('aria-live', 'polite');
  const list = element.appendChild(document.createElement('ul'));
  list.id = 'network-find-list';
  list.className = 'network-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Matching nodes');
  list.hidden = true;
  // Over the map, under the box: the map stays where it is while suggestions show.
  Object.assign(list.style, {
    position: 'absolute',
    top: '100%',
    left: '0',
    right: '0',
    zIndex: '20',
    margin: '2px 0 0',
    padding: '0.25rem 0',
    listStyle: 'none',
    maxHeight: 'min(22rem, 60vh)',
    overflowY: 'auto',
    background: 'var(--bg, #fff)',
    color: 'var(--text, #1d2024)',
    border: '1px solid var(--border, #d9d5cc)',
    borderRadius: '6px',
    boxShadow: '0 4px 14px rgba(0,0,0,.18)',
    font: '14px/1.35 system-ui, sans-serif',
    minWidth: 'min(26rem, 90vw)',
  });

  let matches: number[] = [];
  let active = -1;
  const options = () => [...list.children] as HTMLElement[];
  const setActive = (k: number) => {
    active = k;
    options().forEach((li, n) => {
      li.setAttribute('aria-selected', String(n === k));
      li.style.background = n === k ? 'var(--surface, #f3f1ec)' : '';
      li.style.outline = n === k ? '2px solid var(--focus, #c2410c)' : '';
      li.style.outlineOffset = '-2px';
    });
    if (k >= 0) {
      input.setAttribute('aria-activedescendant', options()[k]!.id);
      options()[k]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (shown: boolean) => {
    list.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) setActive(-1);
  };
  const pick = (i: number) => {
    open(false);
    choose(i);
  };

  const update = () => {
    matches = findNodes(model, index, input.value, visible);
    list.replaceChildren(
      ...matches.map((i, n) => {
        const li = document.createElement('li');
        li.id = `network-find-option-${n}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.id = model.nodes[i]!.id;
        Object.assign(li.style, { display: 'flex', gap: '0.4rem', alignItems: 'baseline', padding: '0.3rem 0.6rem', cursor: 'pointer' });
        const title = document.createElement('span');
        title.textContent = model.nodes[i]!.title;
        const kind = document.createElement('span');
        kind.className = 'kind-tag';
        kind.style.marginLeft = 'auto';
        kind.style.whiteSpace = 'nowrap';
        kind.style.fontSize = '12px';
        kind.style.opacity = '0.75';
        kind.textContent = KIND_NAMES[model.nodes[i]!.key];
        li.append(swatch(i), title, kind);
        // Choosing on mousedown keeps the input's focus (and the list) until the choice is made.
        li.addEventListener('mousedown', (event) => event.preventDefault());
        li.addEventListener('click', () => pick(i));
        return li;
      }),
    );
    const query = input.value.trim();
    count.textContent = query ? (matches.length === 0 ? 'No matching nodes' : `${matches.length === MAX_RESULTS ? 'At least ' : ''}${matches.length} matching nodes; arrow keys choose`) : '';
    open(matches.length > 0);
  };
  input.addEventListener('input', update);
  input.addEventListener('focus', () => input.value.trim() && update());
  input.addEventListener('blur', () => open(false));
  input.addEventListener('keydown', (event) => {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown') {
      if (list.hidden) update();
      setActive(active >= last ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      if (list.hidden) update();
      setActive(active <= 0 ? last : active - 1);
    } else if (event.key === 'Enter') {
      const i = matches[Math.max(0, active)];
      if (i === undefined) return;
      pick(i);
    } else if (event.key === 'Escape') {
      if (list.hidden) input.value = '';
      open(false);
    } else return;
    event.preventDefault();
  });
  return { element };
}
