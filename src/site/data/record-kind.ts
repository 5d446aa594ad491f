/**
 * How each kind of record is named on the page, and the short key the stylesheet's
 * `--kind-*` colours and the graph use (`line`, `note`, `stub`, `paper`, `collection`).
 */
import type { AtlasRecord } from '../../model.ts';
import type { KindKey } from '../../vocabulary.ts';
import { KIND_LABELS, kindKeyOf } from '../../vocabulary.ts';

export type { KindKey } from '../../vocabulary.ts';

export function kindKey(record: AtlasRecord): KindKey {
  return kindKeyOf(record.kind, record.kind === 'note' && record.stub);
}

export function kindLabel(record: AtlasRecord): string {
  return KIND_LABELS[kindKey(record)];
}
