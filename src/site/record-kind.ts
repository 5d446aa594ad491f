/**
 * How each kind of record is named on the page, and the short key the stylesheet's
 * `--kind-*` colours and the graph use (`line`, `note`, `stub`, `paper`, `collection`).
 */
import type { AtlasRecord } from '../model.ts';

export type KindKey = 'line' | 'note' | 'stub' | 'paper' | 'collection';

export function kindKey(record: AtlasRecord): KindKey {
  switch (record.kind) {
    case 'inquiring-line':
      return 'line';
    case 'note':
      return record.stub ? 'stub' : 'note';
    default:
      return record.kind;
  }
}

const LABELS: Readonly<Record<KindKey, string>> = {
  line: 'Inquiring line',
  note: 'Note',
  stub: 'Note (known by reference)',
  paper: 'Paper',
  collection: 'Collection',
};

export function kindLabel(record: AtlasRecord): string {
  return LABELS[kindKey(record)];
}
