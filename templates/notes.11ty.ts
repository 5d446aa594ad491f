import type { Note } from '../src/model.ts';
import type { ListPage } from '../src/site/data/list-pages.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { listPagination } from '../src/site/data/page-data.ts';
import { renderNotesPage } from '../src/site/pages/notes-index.ts';

export const data = listPagination('site.lists.notes');

export function render({ site, record }: PageData<ListPage<Note>>): string {
  return renderNotesPage(site, record);
}
