/**
 * The local graph's data as a record page carries it: inline, in
 * `<script type="application/json" data-local-graph-data>` inside the local graph section, so the
 * site has no file per record besides the page and its Markdown twin. Walking to a neighbour
 * fetches the neighbour's own page and reads the same element from it.
 *
 * Version 2, arrays because it is in every page (`NeighbourhoodData` is what it decodes to):
 *
 *     {
 *       "v": 2,
 *       "center": id,
 *       "nodes": [[id, kind, title, depth, stub, url?], …],
 *       "edges": [[source, target, edgeKind, label?, suggested?], …],
 *       "omitted": n
 *     }
 *
 * `kind` and `edgeKind` index `NODE_KIND_ORDER` and `EDGE_KIND_ORDER`; `stub` and `suggested` are
 * 0 or 1; `label` is "" for none; `url` is written only when it is not the one `defaultUrl` derives
 * from the id and kind (it always is, unless the resolver had to make a url unique). No layout
 * positions: the local graph groups neighbours by kind instead of following the network's map, so
 * pages do not depend on the layout and `atlas serve` keeps them exact.
 */
import type { EdgeKind, RecordKind } from '../model.ts';
import type { NeighbourhoodData, NeighbourhoodEdge, NeighbourhoodNode } from '../wire/graph-data.ts';
import { EDGE_KINDS, RECORD_KINDS } from '../vocabulary.ts';

// The graph files' orders, from the one vocabulary.
export const NODE_KIND_ORDER: readonly RecordKind[] = RECORD_KINDS;
export const EDGE_KIND_ORDER: readonly EdgeKind[] = EDGE_KINDS;

/** The attribute naming the inline data element. */
export const DATA_ATTRIBUTE = 'data-local-graph-data';

export type InlineNode = [string, number, string, 0 | 1 | 2, 0 | 1, string?];
export type InlineEdge = [number, number, number, string?, (0 | 1)?];

export interface InlineNeighbourhood {
  v: 2;
  center: string;
  nodes: InlineNode[];
  edges: InlineEdge[];
  omitted: number;
}

const FOLDERS: Readonly<Record<RecordKind, string>> = {
  'inquiring-line': 'inquiring-lines',
  note: 'notes',
  paper: 'papers',
  collection: 'collections',
};

/** `/notes/<slug>/` for `note:<slug>`: the url a record gets unless its slug had to change. */
export function defaultUrl(id: string, kind: RecordKind): string {
  return `/${FOLDERS[kind]}/${id.slice(id.indexOf(':') + 1)}/`;
}

export function encodeNeighbourhood(data: NeighbourhoodData): InlineNeighbourhood {
  return {
    v: 2,
    center: data.center,
    nodes: data.nodes.map((n): InlineNode => {
      const node: InlineNode = [n.id, NODE_KIND_ORDER.indexOf(n.kind), n.title, n.depth, n.stub ? 1 : 0];
      if (n.url !== defaultUrl(n.id, n.kind)) node.push(n.url);
      return node;
    }),
    edges: data.edges.map((e): InlineEdge => {
      const edge: InlineEdge = [e.source, e.target, EDGE_KIND_ORDER.indexOf(e.kind)];
      if (e.label || e.suggested) edge.push(e.label ?? '');
      if (e.suggested) edge.push(1);
      return edge;
    }),
    omitted: data.omitted,
  };
}

export function decodeNeighbourhood(data: InlineNeighbourhood): NeighbourhoodData {
  return {
    v: 1,
    center: data.center,
    nodes: data.nodes.map(([id, k, title, depth, stub, url]): NeighbourhoodNode => {
      const kind = NODE_KIND_ORDER[k] ?? 'note';
      return { id, kind, title, url: url ?? defaultUrl(id, kind), depth, ...(stub ? { stub: true as const } : {}) };
    }),
    edges: data.edges.map(([source, target, k, label, suggested]): NeighbourhoodEdge => ({
      source,
      target,
      kind: EDGE_KIND_ORDER[k] ?? 'mention',
      ...(label ? { label } : {}),
      ...(suggested ? { suggested: true as const } : {}),
    })),
    omitted: data.omitted,
  };
}

/** The inline data of a page (this one, or one fetched and parsed), if it has any. */
export function readInlineData(root: ParentNode): NeighbourhoodData | undefined {
  const element = root.querySelector(`script[${DATA_ATTRIBUTE}]`);
  if (!element?.textContent) return undefined;
  const parsed = JSON.parse(element.textContent) as InlineNeighbourhood;
  return parsed.v === 2 ? decodeNeighbourhood(parsed) : undefined;
}
