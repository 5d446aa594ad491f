/**
 * What an edge means, said from the centre's side: "related: extends …", "is a source of", so a
 * reader hovering a neighbour learns why it is there.
 */
import type { EdgeKind } from '../model.ts';

/** [from the source's side, from the target's side]. */
const PHRASES: Readonly<Record<EdgeKind, readonly [string, string]>> = {
  source: ['a source of this line', 'lists this as a source'],
  related: ['related', 'relates to this'],
  mention: ['mentioned here', 'mentions this'],
  next: ['next line', 'leads here'],
  cites: ['cited here', 'cites this'],
  in: ['holds this note', 'in this collection'],
};

/**
 * The relation of a neighbour to the centre, for an edge `kind` that goes from the centre to the
 * neighbour when `outgoing`.
 */
export function relationPhrase(kind: EdgeKind, outgoing: boolean, label?: string, suggested?: boolean): string {
  const phrase = PHRASES[kind][outgoing ? 0 : 1];
  const base = suggested && kind === 'next' ? `suggested ${phrase}` : phrase;
  return label ? `${base}: ${label}` : base;
}

/** An edge as a sentence-like caption: "A → related: label → B". */
export function edgeCaption(sourceTitle: string, targetTitle: string, kind: EdgeKind, label?: string): string {
  return `${sourceTitle} → ${kind}${label ? `: ${label}` : ''} → ${targetTitle}`;
}
