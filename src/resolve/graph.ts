/**
 * The graph is a view of the records: a node per record, an edge per resolved reference, and a
 * `mention` edge per mention link in a body. Derived from the records alone, so it can never
 * disagree with what the pages show.
 */
import type { AtlasRecord, Collection, EdgeKind, Graph, GraphEdge, GraphNode, InquiringLine, Note, Paper } from '../model.ts';
import { compareText } from './record-order.ts';
import { EDGE_KIND_RANK, EDGE_KINDS_BY_NAME } from '../vocabulary.ts';
import { ResolveMemory } from './resolve-memory.ts';

export interface GraphRecords {
  lines: readonly InquiringLine[];
  notes: readonly Note[];
  papers: readonly Paper[];
  collections: readonly Collection[];
}

// Every edge kind in `compareText` order (the shared vocabulary's).
const KINDS = EDGE_KINDS_BY_NAME;
const KIND_RANK = EDGE_KIND_RANK;

export function buildGraph({ lines, notes, papers, collections }: GraphRecords, memory: ResolveMemory = new ResolveMemory()): Graph {
  const records: AtlasRecord[] = [...lines, ...notes, ...papers, ...collections];
  const nodes = records.map(toNode).sort((a, b) => compareText(a.id, b.id));
  const rank = new Map(nodes.map((node, index) => [node.id, index]));
  // Every edge starts at the record that makes it, so edges are gathered per source node and
  // each node's few are sorted by (target, kind) on their own: taken in node order, that is the
  // order of (source, target, kind) over the whole graph, with no key or sort over all edges.
  const outgoing: Outgoing[] = Array.from({ length: nodes.length }, () => ({ keys: [], edges: [] }));
  const from = (record: AtlasRecord): ((edge: GraphEdge) => void) => {
    const out = outgoing[rank.get(record.id)!]!;
    return (edge) => {
      const target = rank.get(edge.target);
      if (edge.source === edge.target || target === undefined) return;
      out.keys.push(target * KINDS.length + KIND_RANK[edge.kind]);
      out.edges.push(edge);
    };
  };
  const plain = (source: string, target: string, kind: EdgeKind): GraphEdge => ({ source, target, kind });

  for (const line of lines) {
    const add = from(line);
    for (const source of line.sources) add(plain(line.id, source.target, 'source'));
    for (const ref of line.next) if (ref.target !== null) add(plain(line.id, ref.target, 'next'));
    for (const id of line.suggestedNext) add({ source: line.id, target: id, kind: 'next', suggested: true });
    for (const paper of line.prompt?.papers ?? []) add(plain(line.id, paper.target, 'cites'));
  }
  for (const note of notes) {
    const add = from(note);
    for (const related of note.related) add({ source: note.id, target: related.target, kind: 'related', label: related.relation });
    if (note.collectionId !== undefined) add(plain(note.id, note.collectionId, 'in'));
  }
  for (const record of [...lines, ...notes]) {
    const add = from(record);
    for (const target of mentionsIn(record.body, memory)) add(plain(record.id, target, 'mention'));
  }

  const edges: GraphEdge[] = [];
  for (const { keys, edges: made } of outgoing) {
    if (keys.length === 0) continue;
    // The first edge made for a (target, kind) is the one kept (a `next` named in the file before
    // a suggested one, the first relation phrase of a note related twice).
    const order = keys.map((_, k) => k).sort((a, b) => keys[a]! - keys[b]! || a - b);
    for (let k = 0; k < order.length; k++) if (k === 0 || keys[order[k]!] !== keys[order[k - 1]!]) edges.push(made[order[k]!]!);
  }
  return { nodes, edges };
}

/** The edges made at one node, and their keys (target rank × kinds + kind rank), in the order made. */
interface Outgoing {
  keys: number[];
  edges: GraphEdge[];
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
  return [...mentionsIn(body, new ResolveMemory())];
}

/** Found once per body while `memory` lasts (see `resolve-memory.ts`). */
function mentionsIn(body: Tree, memory: ResolveMemory): readonly string[] {
  const targetsOf = memory.mentionTargets;
  let targets = targetsOf.get(body);
  if (targets === undefined) {
    const found: string[] = [];
    collectMentions(body, found);
    targetsOf.set(body, (targets = found));
  }
  return targets;
}

function collectMentions(node: Tree, targets: string[]): void {
  if (node.type === 'link') {
    const props = node.data?.hProperties;
    if (Array.isArray(props?.className) && props.className.includes('mention') && typeof props.dataTarget === 'string') targets.push(props.dataTarget);
  }
  const children = node.children;
  if (children === undefined) return;
  for (let k = 0; k < children.length; k++) {
    const child = children[k]!;
    // Text (most nodes) has neither children nor a link to check.
    if (child.children !== undefined || child.type === 'link') collectMentions(child, targets);
  }
}
