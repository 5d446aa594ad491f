/**
 * MiniSearch's serialized index, packed for the wire (the build writes it packed,
 * `search-index-builder.ts`) and unpacked in the browser for `MiniSearch.loadJS`. MiniSearch's
 * own JSON spells every posting as `"<document number>":<count>` inside an object per term and
 * field, ten bytes a posting; packed, a posting list is the gaps between ascending document
 * numbers and their counts (left out when all are 1), which gzip shrinks three times better.
 * Documents are numbered 0, 1, 2 … by their own ids and none is removed, so the document ids
 * and stored fields are implied and left out. Nothing here may import Node modules: the client
 * bundles it.
 */
import type { AsPlainObject } from 'minisearch';

/** A term, then per field it occurs in: field id, gaps between document numbers, counts or 0 for all ones. */
export type PackedTerm = [term: string, ...fields: (number | number[])[]];

export interface PackedIndex {
  serializationVersion: number;
  documentCount: number;
  fieldIds: Record<string, number>;
  /** Per document, in document order: its fields' lengths. */
  fieldLength: number[][];
  averageFieldLength: number[];
  index: PackedTerm[];
}

/** MiniSearch's own serialized form of a packed index, for `MiniSearch.loadJS`. */
export function unpackIndex(packed: PackedIndex): AsPlainObject {
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let n = 0; n < packed.documentCount; n++) {
    documentIds[n] = n;
    fieldLength[n] = packed.fieldLength[n] ?? [];
  }
  const index = packed.index.map(([term, ...fields]): AsPlainObject['index'][number] => {
    const entry: Record<string, Record<string, number>> = {};
    for (let f = 0; f < fields.length; f += 3) {
      const gaps = fields[f + 1] as number[];
      const counts = fields[f + 2];
      const postings: Record<string, number> = {};
      let n = 0;
      gaps.forEach((gap, i) => {
        n += gap;
        postings[n] = Array.isArray(counts) ? counts[i]! : 1;
      });
      entry[fields[f] as number] = postings;
    }
    return [term, entry];
  });
  return {
    documentCount: packed.documentCount,
    nextId: packed.documentCount,
    documentIds,
    fieldIds: packed.fieldIds,
    fieldLength,
    averageFieldLength: packed.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: packed.serializationVersion,
  };
}
