import type { Note } from '../src/model.ts';
import type { PageData } from '../src/site/data/page-data.ts';
import { recordPagination } from '../src/site/data/page-data.ts';
import { renderNotePage } from '../src/site/pages/note.ts';

export const data = recordPagination('site.atlas.notes');

export function render({ site, record }: PageData<Note>): string {
  return renderNotePage(site, record);
}
