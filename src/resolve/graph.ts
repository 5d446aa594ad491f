/**
 * The graph is a view of the records: a node per record, an edge per resolved reference, and a
 * `mention` edge per mention link in a body. Derived from the records alone, so it can never
 * disagree with what the pages show.
 */
import type { AtlasRecord, Collection, EdgeKind, Graph, GraphEdge, GraphNode, InquiringLine, Note, Paper } from '../model.ts';
import { compareText } from './record-order.ts';

export interface GraphRecords {
  lines: readonly InquiringLine[];
  notes: readonly Note[];
  papers: readonly Paper[];
  collections: readonly Collection[];
}

// Every edge kind (the type check fails if one is missing), in `compareText` order.
const KINDS = Object.keys({ source: 0, related: 0, mention: 0, next: 0, cites: 0, in: 0 } satisfies Record<EdgeKind, 0>).sort(compareText) as EdgeKind[];
const KIND_RANK = Object.fromEntries(KINDS.map((kind, index) => [kind, index])) as Record<EdgeKind, number>;

export function buildGraph({ lines, notes, papers, collections }: GraphRecords): Graph {
  const records: AtlasRecord[] = [...lines, ...notes, ...papers, ...collections];
  const nodes = records.map(toNode).sort((a, b) => compareText(a.id, b.id));
  // An edge's key is its place in the sorted edge list: (source, target, kind) as ranks, the
  // node ranks being their places in `nodes`, which are sorted by id. A number, so the edges
  // are deduplicated and sorted without building or comparing a string per edge.
  const rank = new Map(nodes.map((node, index) => [node.id, index]));
  const edges = new Map<number, GraphEdge>();
  const add = (edge: GraphEdge): void => {
    const source = rank.get(edge.source);
    const target = rank.get(edge.target);
    if (edge.source === edge.target || source === undefined || target === undefined) return;
    const key = (source * nodes.length + target) * KINDS.length + KIND_RANK[edge.kind];
    if (!edges.has(key)) edges.set(key, edge);
  };
  const plain = (source: string, target: string, kind: EdgeKind): GraphEdge => ({ source, target, kind });

  for (const line of lines) {
    for (const source of line.sources) add(plain(line.id, source.target, 'source'));
    for (const ref of line.next) if (ref.target !== null) add(plain(line.id, ref.target, 'next'));
    for (const id of line.suggestedNext) add({ source: line.id, target: id, kind: 'next', suggested: true });
    for (const paper of line.prompt?.papers ?? []) add(plain(line.id, paper.target, 'cites'));
  }
  for (const note of notes) {
    for (const related of note.related) add({ source: note.id, target: related.target, kind: 'related', label: related.relation });
    if (note.collectionId !== undefined) add(plain(note.id, note.collectionId, 'in'));
  }
  for (const record of [...lines, ...notes]) {
    for (const target of mentionTargets(record.body)) add(plain(record.id, target, 'mention'));
  }

  const sorted = Float64Array.from(edges.keys()).sort();
  return { nodes, edges: Array.from(sorted, (key) => edges.get(key)!) };
}

function toNode(record: AtlasRecord): GraphNode {
  const node: GraphNode = { id: record.id, kind: record.kind, title: record.title, url: record.url };
  if (record.kind === 'note') {
    if (record.stub) node.stub = true;
    if (record.collectionId !== undefined) node.collection = record.collectionId;
  }
  return node;
}

interface Tree {
  type: string;
  children?: Tree[];
  data?: { hProperties?: { className?: unknown; dataTarget?: unknown } };
}

/** Targets of the mention links in `body`, in document order. */
export function mentionTargets(body: Tree): string[] {
  const targets: string[] = [];
  const walk = (node: Tree): void => {
    const props = node.data?.hProperties;
    if (node.type === 'link' && Array.isArray(props?.className) && props.className.includes('mention') && typeof props.dataTarget === 'string') {
      targets.push(props.dataTarget);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(body);
  return targets;
}
