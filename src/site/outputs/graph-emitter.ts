/**
 * The network's data file, `graph.json`: every node with its place in the layout, every edge. It
 * reads the graph's shape (nodes and edges), not the records: a deck edited keeps the file as it
 * is, and the layout (seconds at full size) runs only when the shape changed.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Graph } from '../../model.ts';
import type { Layout } from '../../layout/layout-graph.ts';
import { layoutGraph } from '../../layout/layout-graph.ts';
import { networkJson } from '../../wire/graph-data.ts';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from './emitter.ts';

const GRAPH_JSON = 'graph.json';

export function graphEmitter(options: { onLayout?: (layout: Layout) => void } = {}): Emitter {
  return {
    name: 'graph',
    plan({ site }: EmitContext): PlannedOutput[] {
      return [{ path: GRAPH_JSON, reads: [], stamp: graphShape(site.atlas.graph) }];
    },
    async write({ site, outDir, progress }: EmitContext): Promise<Emitted> {
      const { graph } = site.atlas;
      progress.start('layout');
      const layout = layoutGraph(graph);
      progress.end('layout', graph.nodes.length);
      options.onLayout?.(layout);
      progress.start('graph', 1);
      await writeFile(path.join(outDir, GRAPH_JSON), networkJson(graph, layout));
      progress.end('graph', 1);
      return { files: new Map([[GRAPH_JSON, [GRAPH_JSON]]]), errors: [] };
    },
  };
}

/** A hash of the nodes and edges as the layout and the file see them. */
function graphShape(graph: Graph): string {
  return createHash('sha1').update(JSON.stringify(graph.nodes)).update('\0').update(JSON.stringify(graph.edges)).digest('base64');
}
