/**
 * Where each kind of record lives: its id (unique across kinds) and its site-relative url.
 * One place, so the urls the templates write and the links the resolver makes agree.
 */
import type { RecordKind } from '../model.ts';

const URL_SPACE: Readonly<Record<RecordKind, string>> = {
  'inquiring-line': 'inquiring-lines',
  note: 'notes',
  paper: 'papers',
  collection: 'collections',
};

const ID_PREFIX: Readonly<Record<RecordKind, string>> = {
  'inquiring-line': 'line',
  note: 'note',
  paper: 'paper',
  collection: 'collection',
};

/** `line:<slug>`, `note:<slug>`, `collection:<slug>`; papers use their arXiv id as `key`. */
export function recordId(kind: RecordKind, key: string): string {
  return `${ID_PREFIX[kind]}:${key}`;
}

/** `/inquiring-lines/<slug>/`, `/notes/<slug>/`, `/papers/<slug>/`, `/collections/<slug>/`. */
export function recordUrl(kind: RecordKind, slug: string): string {
  return `/${URL_SPACE[kind]}/${slug}/`;
}
