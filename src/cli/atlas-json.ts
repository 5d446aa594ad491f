import type { BuiltAtlas } from '../library/library.ts';

/** The JSON shape `atlas parse` prints: records first, then the graph, then diagnostics. */
export function atlasJson({ atlas, diagnostics }: BuiltAtlas) {
  return {
    records: [...atlas.lines, ...atlas.notes],
    papers: atlas.papers,
    collections: atlas.collections,
    graph: atlas.graph,
    diagnostics,
  };
}
