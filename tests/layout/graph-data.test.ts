import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/layout/layout-graph.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import type { Graph } from '../../src/model.ts';
import { createNeighbourhoods, defaultNeighbourhoodOptions, neighbourhoodJson, networkJson } from '../../src/wire/graph-data.ts';
import type { NeighbourhoodData, NetworkData } from '../../src/wire/graph-data.ts';
import { hubGraph, neighboursOf, reordered, smallGraph } from './graph-fixtures.ts';

const reversed = (n: number) => [...Array(n).keys()].reverse();
const edgeKey = (e: { source: string; target: string; kind: string; label?: string; suggested?: boolean }) => JSON.stringify([e.source, e.target, e.kind, e.label ?? null, e.suggested ?? false]);

describe('networkJson', () => {
  const graph = smallGraph();
  const layout = layoutGraph(graph);

  it('is byte-identical across runs and input orders', () => {
    const json = networkJson(graph, layout);
    expect(networkJson(smallGraph(), layoutGraph(smallGraph()))).toBe(json);
    expect(networkJson(reordered(graph, reversed), layout)).toBe(json);
  });

  it('decodes back to the graph and its layout', () => {
    const data = JSON.parse(networkJson(graph, layout)) as NetworkData;
    expect(data.v).toBe(1);
    const ids = data.nodes.map((n) => n[0]);
    expect(ids).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const [id, kind, title, url, x, y, collection, stub] of data.nodes) {
      const node = graph.nodes.find((n) => n.id === id)!;
      expect({ kind: data.kinds[kind], title, url, x, y, collection: collection === -1 ? undefined : data.collections[collection]![0], stub: stub === 1 }).toEqual({
        kind: node.kind,
        title: node.title,
        url: node.url,
        ...layout.get(id)!,
        collection: node.collection,
        stub: node.stub === true,
      });
    }
    const decoded = data.edges.map(([s, t, k, l, suggested]) =>
      edgeKey({ source: ids[s]!, target: ids[t]!, kind: data.edgeKinds[k]!, ...(l >= 0 ? { label: data.labels[l] } : {}), ...(suggested ? { suggested: true } : {}) }),
    );
    expect(decoded.sort()).toEqual(graph.edges.map(edgeKey).sort());
    expect(data.collections).toEqual([
      ['collection:alignment', 'Alignment'],
      ['collection:interpretability', 'Interpretability'],
    ]);
  });

  it('drops edges to nodes the graph does not have, and duplicate edges', () => {
    const noisy: Graph = { nodes: graph.nodes, edges: [...graph.edges, graph.edges[0]!, { source: 'note:goal-guarding', target: 'note:nowhere', kind: 'mention' }] };
    expect(networkJson(noisy, layout)).toBe(networkJson(graph, layout));
  });
});

describe('neighbourhoodJson', () => {
  const graph = smallGraph();
  const layout = layoutGraph(graph);

  it('holds the centre first and exactly its depth-1 neighbours, with every edge between them', () => {
    for (const node of graph.nodes) {
      const data = JSON.parse(neighbourhoodJson(graph, node.id, layout)) as NeighbourhoodData;
      expect(data.center).toBe(node.id);
      expect(data.nodes[0]).toMatchObject({ id: node.id, depth: 0, title: node.title, url: node.url, ...layout.get(node.id) });
      const depth1 = data.nodes.filter((n) => n.depth === 1).map((n) => n.id);
      expect(new Set(depth1)).toEqual(neighboursOf(graph, node.id));
      const centreEdges = data.edges.filter((e) => e.source === 0 || e.target === 0);
      const expected = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
      expect(centreEdges.map((e) => edgeKey({ ...e, source: data.nodes[e.source]!.id, target: data.nodes[e.target]!.id })).sort()).toEqual(expected.map(edgeKey).sort());
    }
  });

  it('keeps edge direction and relation labels', () => {
    const data = JSON.parse(neighbourhoodJson(graph, 'note:goal-guarding')) as NeighbourhoodData;
    const id = (i: number) => data.nodes[i]!.id;
    expect(data.edges.map((e) => [id(e.source), id(e.target), e.kind, e.label])).toContainEqual([
      'note:goal-guarding',
      'note:peer-preservation',
      'related',
      'extends goal guarding beyond self to peer models',
    ]);
    expect(data.edges.map((e) => [id(e.source), id(e.target), e.kind])).toContainEqual(['line:do-models-guard-their-goals', 'note:goal-guarding', 'mention']);
    expect(data.nodes.find((n) => n.id === 'note:cooperation-partners')).toMatchObject({ stub: true, depth: 1 });
  });

  it('adds depth-2 nodes, each one linked to the ring and none linked to the centre', () => {
    const data = JSON.parse(neighbourhoodJson(graph, 'note:peer-preservation')) as NeighbourhoodData;
    const ring1 = neighboursOf(graph, 'note:peer-preservation');
    const depth2 = data.nodes.filter((n) => n.depth === 2);
    expect(depth2.length).toBeGreaterThan(0);
    for (const n of depth2) {
      expect(ring1.has(n.id)).toBe(false);
      expect([...neighboursOf(graph, n.id)].some((m) => ring1.has(m))).toBe(true);
      const index = data.nodes.indexOf(n);
      expect(data.edges.some((e) => e.source === index || e.target === index)).toBe(true);
    }
  });

  it('bounds the depth-2 ring and counts what it leaves out', () => {
    const hub = hubGraph(100);
    const data = JSON.parse(neighbourhoodJson(hub, 'note:n050')) as NeighbourhoodData;
    expect(data.nodes.filter((n) => n.depth === 1).map((n) => n.id)).toEqual(['collection:hub', 'note:n049', 'note:n051']);
    const depth2 = data.nodes.filter((n) => n.depth === 2);
    expect(depth2).toHaveLength(defaultNeighbourhoodOptions.maxRing);
    expect(data.omitted).toBe(97 - defaultNeighbourhoodOptions.maxRing);
    // Linked to two ring nodes (the hub and a chain neighbour), n048 and n052 come first.
    expect(depth2.map((n) => n.id)).toEqual(expect.arrayContaining(['note:n048', 'note:n052']));
    expect(data.edges.length).toBeLessThanOrEqual(3 + defaultNeighbourhoodOptions.maxRingEdges + defaultNeighbourhoodOptions.maxRing);
    const small = JSON.parse(createNeighbourhoods(hub, undefined, { maxRing: 5 })('note:n050')) as NeighbourhoodData;
    expect(small.nodes.filter((n) => n.depth === 2)).toHaveLength(5);
  });

  it('gives every neighbour of a hub, however many', () => {
    const hub = hubGraph(150);
    const data = JSON.parse(neighbourhoodJson(hub, 'collection:hub')) as NeighbourhoodData;
    expect(data.nodes.filter((n) => n.depth === 1)).toHaveLength(150);
  });

  it('is the same through createNeighbourhoods, across runs and input orders', () => {
    const write = createNeighbourhoods(graph, layout);
    const writeReordered = createNeighbourhoods(reordered(graph, reversed), layout);
    for (const node of graph.nodes) {
      expect(write(node.id)).toBe(neighbourhoodJson(graph, node.id, layout));
      expect(writeReordered(node.id)).toBe(write(node.id));
    }
  });

  it('answers an unknown id with an empty neighbourhood', () => {
    expect(JSON.parse(neighbourhoodJson(graph, 'note:nowhere'))).toEqual({ v: 1, center: 'note:nowhere', nodes: [], edges: [], omitted: 0 });
  });

  it('writes a file for every record of the seeds', async () => {
    const { atlas } = await loadAtlas('seeds');
    const write = createNeighbourhoods(atlas.graph, layoutGraph(atlas.graph));
    for (const node of atlas.graph.nodes) {
      const data = JSON.parse(write(node.id)) as NeighbourhoodData;
      expect(new Set(data.nodes.filter((n) => n.depth === 1).map((n) => n.id))).toEqual(neighboursOf(atlas.graph, node.id));
    }
  });
});
