/**
 * The words Atlas uses for what a library holds, written once for the resolver, the pages, the
 * graph files and the browser scripts: the kinds of record with their labels, the kinds of edge
 * in their orders, and how each edge reads from either end. Imports only types (and the string
 * order): the browser scripts bundle it.
 */
import { compareText } from './compare-text.ts';
import type { EdgeKind, RecordKind } from './model.ts';

/** Record kinds, in the order the graph files list them. */
export const RECORD_KINDS: readonly RecordKind[] = ['inquiring-line', 'note', 'paper', 'collection'];

/**
 * A record kind as shown: the short key in `data-kind` attributes, the stylesheet's `--kind-*`
 * colours and the search index; a note no file describes (a stub, known only because others
 * name it) is shown as its own kind.
 */
export type KindKey = 'line' | 'note' | 'stub' | 'paper' | 'collection';

export const KIND_KEYS: readonly KindKey[] = ['line', 'note', 'stub', 'paper', 'collection'];

/** Each kind's label; the network's filters add an `s` for the plural. */
export const KIND_LABELS: Readonly<Record<KindKey, string>> = {
  line: 'Inquiring line',
  note: 'Note',
  stub: 'Stub note',
  paper: 'Paper',
  collection: 'Collection',
};

export function kindKeyOf(kind: RecordKind, stub: boolean | undefined): KindKey {
  if (kind === 'inquiring-line') return 'line';
  if (kind === 'note') return stub ? 'stub' : 'note';
  return kind;
}

/** Edge kinds in the graph files' order: `graph.json` names them by their index in this list. */
export const EDGE_KINDS: readonly EdgeKind[] = ['source', 'related', 'mention', 'next', 'cites', 'in'];

/** Edge kinds by name (`compareText`), the order edges are sorted in for one pair of ends. */
export const EDGE_KINDS_BY_NAME: readonly EdgeKind[] = [...EDGE_KINDS].sort(compareText);

/** Each edge kind's place in `EDGE_KINDS_BY_NAME`. */
export const EDGE_KIND_RANK: Readonly<Record<EdgeKind, number>> = Object.fromEntries(EDGE_KINDS_BY_NAME.map((kind, i) => [kind, i])) as Record<EdgeKind, number>;

/** Strongest first: how a neighbour's several relations to a record are listed. */
export const EDGE_KINDS_BY_STRENGTH: readonly EdgeKind[] = ['source', 'related', 'next', 'cites', 'in', 'mention'];

/** What an edge means, [from its source's side, from its target's side]. */
const EDGE_PHRASES: Readonly<Record<EdgeKind, readonly [string, string]>> = {
  source: ['a source of this line', 'lists this as a source'],
  related: ['related', 'relates to this'],
  mention: ['mentioned here', 'mentions this'],
  next: ['next line', 'leads here'],
  cites: ['cited here', 'cites this'],
  in: ['holds this note', 'in this collection'],
};

/** A next line the build suggested (the line lists none), from either side. */
const SUGGESTED_NEXT: readonly [string, string] = ['suggested next line', 'suggests this next'];

/**
 * How a neighbour relates to the centre, for an edge of `kind` that goes from the centre to the
 * neighbour when `outgoing`: "a source of this line", "related: extends …".
 */
export function relationPhrase(kind: EdgeKind, outgoing: boolean, label?: string, suggested?: boolean): string {
  const phrase = (suggested && kind === 'next' ? SUGGESTED_NEXT : EDGE_PHRASES[kind])[outgoing ? 0 : 1];
  return label ? `${phrase}: ${label}` : phrase;
}
