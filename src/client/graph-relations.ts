/**
 * What an edge means, said from the centre's side: "related: extends …", "is a source of", so a
 * reader hovering a neighbour learns why it is there.
 */
import type { EdgeKind } from '../model.ts';

// The phrases are the shared vocabulary's, so the page's no-script list says the same.
export { relationPhrase } from '../vocabulary.ts';

/** An edge as a sentence-like caption: "A → related: label → B". */
export function edgeCaption(sourceTitle: string, targetTitle: string, kind: EdgeKind, label?: string): string {
  return `${sourceTitle} → ${kind}${label ? `: ${label}` : ''} → ${targetTitle}`;
}
