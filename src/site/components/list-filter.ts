/**
 * A box that narrows the list on this page to the entries containing what is typed. It is
 * rendered hidden and shown by `filter-list.js`: without script the page is the plain list.
 */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';

/** `listId`: the id of the `<ul>`/`<ol>` whose `<li>` entries are filtered. */
export function listFilter(listId: string, label: string): RawHtml {
  return html`<div class="list-filter" data-filter-list="${listId}" hidden>
<label for="${listId}-filter">${label}</label>
<input id="${listId}-filter" type="search" autocomplete="off" spellcheck="false">
<p class="list-filter-status" role="status" aria-live="polite"></p>
</div>`;
}
