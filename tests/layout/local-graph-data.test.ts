import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import type { Graph } from '../../src/model.ts';
import { encodeNeighbourhood } from '../../src/client/graph-local-data.ts';
import { inlineNeighbourhoodOptions, localGraphJson } from '../../src/site/data/local-graph-data.ts';
import { createNeighbourhoods } from '../../src/wire/graph-data.ts';
import type { NeighbourhoodData } from '../../src/wire/graph-data.ts';
import { hubGraph, smallGraph } from './graph-fixtures.ts';

/** How the inline data was made before it was written directly: the graph file's JSON, parsed and encoded. */
function throughGraphFile(graph: Graph): (id: string) => string {
  const write = createNeighbourhoods(graph, undefined, inlineNeighbourhoodOptions);
  return (id) => JSON.stringify(encodeNeighbourhood(JSON.parse(write(id)) as NeighbourhoodData)).replace(/</g, '\\u003c');
}

/** Titles, labels and urls that JSON and a script element each have to escape; a stub; a suggested edge; a url of its own. */
function awkwardGraph(): Graph {
  const graph = hubGraph(30);
  graph.nodes[3] = { ...graph.nodes[3]!, title: '</script><!-- "quoted" \\ back\u2028slash & more', stub: true };
  graph.nodes[5] = { ...graph.nodes[5]!, url: '/notes/n004-2/' };
  graph.nodes.push({ id: 'inquiring-line:why', kind: 'inquiring-line', title: 'Why <b>?', url: '/inquiring-lines/why/' });
  graph.edges.push(
    { source: 'inquiring-line:why', target: 'note:n003', kind: 'source' },
    { source: 'inquiring-line:why', target: 'note:n010', kind: 'next', label: 'then </script>', suggested: true },
    { source: 'inquiring-line:why', target: 'note:n011', kind: 'related', label: '' },
    { source: 'inquiring-line:why', target: 'inquiring-line:why', kind: 'mention' },
    // A duplicate and an edge to a node the graph lacks are dropped.
    { source: 'inquiring-line:why', target: 'note:n003', kind: 'source' },
    { source: 'inquiring-line:why', target: 'note:nowhere', kind: 'mention' },
  );
  return graph;
}

describe('localGraphJson', () => {
  for (const [name, graph] of [
    ['the hand-made graph', smallGraph()],
    ['a hub', hubGraph(120)],
    ['awkward text', awkwardGraph()],
  ] as const) {
    it(`writes what encoding the graph file's neighbourhood wrote, for ${name}`, () => {
      const expected = throughGraphFile(graph);
      for (const node of [...graph.nodes, { id: 'note:nowhere' }]) expect(localGraphJson(graph, node.id)).toBe(expected(node.id));
    });
  }

  it('writes what encoding the graph file wrote, for every record of the seeds', async () => {
    const { atlas } = await loadAtlas('seeds');
    const expected = throughGraphFile(atlas.graph);
    for (const node of atlas.graph.nodes) expect(localGraphJson(atlas.graph, node.id)).toBe(expected(node.id));
  });

  it('never lets a title close the script element', () => {
    const json = localGraphJson(awkwardGraph(), 'inquiring-line:why');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toMatchObject({ v: 2, center: 'inquiring-line:why' });
  });
});
