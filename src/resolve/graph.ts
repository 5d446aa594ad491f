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

export function buildGraph({ lines, notes, papers, collections }: GraphRecords): Graph {
  const records: AtlasRecord[] = [...lines, ...notes, ...papers, ...collections];
  const nodes = records.map(toNode).sort((a, b) => compareText(a.id, b.id));
  const known = new Set(nodes.map((node) => node.id));
  const edges = new Map<string, GraphEdge>();
  const add = (edge: GraphEdge): void => {
    if (edge.source === edge.target || !known.has(edge.source) || !known.has(edge.target)) return;
    const key = `${edge.source}\u0000${edge.target}\u0000${edge.kind}`;
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

  const sorted = [...edges.values()].sort(
    (a, b) => compareText(a.source, b.source) || compareText(a.target, b.target) || compareText(a.kind, b.kind),
  );
  return { nodes, edges: sorted };
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
