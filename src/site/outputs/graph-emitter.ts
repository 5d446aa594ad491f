/**
 * The network's data file, `graph.json`: every node with its place in the layout, every edge. It
 * reads the graph's shape (nodes and edges), not the records: a deck edited keeps the file as it
 * is, and the layout (seconds at full size) runs only when the shape changed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Layout } from '../../layout/layout-graph.ts';
import { layoutGraph } from '../../layout/layout-graph.ts';
import { networkJson } from '../../wire/graph-data.ts';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from './emitter.ts';

const GRAPH_JSON = 'graph.json';

export function graphEmitter(options: { onLayout?: (layout: Layout) => void } = {}): Emitter {
  return {
    name: 'graph',
    plan({ pageReads }: EmitContext): PlannedOutput[] {
      return [{ path: GRAPH_JSON, reads: [], stamp: pageReads.shape }];
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
