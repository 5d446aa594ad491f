/**
 * What an edge means, said from the centre's side: "related: extends …", "is a source of", so a
 * reader hovering a neighbour learns why it is there.
 */

// The phrases are the shared vocabulary's, so the page's no-script list says the same.
export { relationPhrase } from '../vocabulary.ts';
