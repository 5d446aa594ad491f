/**
 * `/notes/`, `/notes/2/`…: every concept note with its deck and collection, 100 a page; notes
 * known only because others name them come after those with a file of their own.
 */
import type { Note } from '../../model.ts';
import { html } from '../render/html.ts';
import type { ListPage } from '../data/list-pages.ts';
import { figure } from '../data/list-pages.ts';
import type { SiteData } from '../data/site-data.ts';
import { recordLink } from '../components/record-link.ts';
import { renderListPage } from './list-page.ts';

export function renderNotesPage(site: SiteData, page: ListPage<Note>): string {
  const n = page.total;
  return renderListPage(site, page, {
    title: 'Notes',
    description: 'Every concept note, with its collection.',
    deck: html`${figure(n)} ${n === 1 ? 'note' : 'notes'}: the concepts the inquiring lines draw on. <a href="${site.href('/collections/')}">Collections</a> groups them by where they are sourced from.`,
    empty: 'No notes yet.',
    listId: 'note-list',
    entries: html`<ul class="record-list note-list" id="note-list">
${page.items.map((note) => noteItem(site, note))}</ul>`,
  });
}

export function noteItem(site: SiteData, note: Note) {
  const summary = site.summaryOf(note.id);
  const collection = note.collectionId === undefined ? undefined : site.record(note.collectionId);
  const facts = [collection?.kind === 'collection' ? collection.name : '', note.stub ? 'known by reference' : ''].filter(Boolean).join(' · ');
  return html`<li>${recordLink(site, note)}${summary ? html`<p class="list-summary">${site.inline(summary)}</p>` : ''}${facts ? html`<p class="list-meta">${facts}</p>` : ''}</li>\n`;
}
