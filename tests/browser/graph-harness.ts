/**
 * A tiny site for the graph clients' browser tests: one page per node with the local-graph markup
 * of the site ⇄ graph contract and its inline data (`local-graph-data.ts`), the network page and
 * its `graph.json`, the real bundles, and a stylesheet defining the `--kind-*` colours. Served
 * under a path prefix, so the clients' prefixing is tested too.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { escape } from 'html-escaper';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser } from '../support/browser.ts';
import { layoutGraph } from '../../src/layout/layout-graph.ts';
import type { Layout } from '../../src/layout/layout-graph.ts';
import type { Graph } from '../../src/model.ts';
import { bundleClient } from '../../src/site/outputs/bundle-client.ts';
import { networkJson } from '../../src/wire/graph-data.ts';
import { localGraphData } from '../../src/site/data/local-graph-data.ts';

export const PREFIX = '/atlas/';

export interface GraphHarness {
  /** Origin plus prefix, e.g. `http://127.0.0.1:1234/atlas/`. */
  root: string;
  layout: Layout;
  close(): Promise<void>;
}

const CSS = `:root { --kind-line: #b45309; --kind-note: #1d64d8; --kind-stub: #6b7280; --kind-paper: #15803d; --kind-collection: #7e3ccf; --focus: #c2410c; }
body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: #1d2024; background: #fdfcfa; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.local-graph-view { width: 100%; max-width: 48rem; aspect-ratio: 3 / 2; max-height: 26rem; border: 1px solid #d9d5cc; border-radius: 8px; background: #f3f1ec; }
.network { width: 100%; height: 36rem; border: 1px solid #d9d5cc; border-radius: 8px; background: #f3f1ec; }`;

export async function startGraphHarness(graph: Graph): Promise<GraphHarness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-graph-'));
  const layout = layoutGraph(graph);
  await bundleClient(path.join(dir, 'assets'), { entries: ['local-graph', 'network'] });
  await writeFile(path.join(dir, 'assets', 'site.css'), CSS);
  await writeFile(path.join(dir, 'graph.json'), networkJson(graph, layout));
  for (const node of graph.nodes) {
    const folder = path.join(dir, node.url);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.html'), recordPage(graph, node.id));
  }
  await mkdir(path.join(dir, 'network'), { recursive: true });
  await writeFile(
    path.join(dir, 'network', 'index.html'),
    page(
      'Network',
      `<h1>Network</h1>\n<div class="network" data-network data-src="${PREFIX}graph.json" data-base="${PREFIX}"></div>\n<footer style="min-height: 30rem"><p>What follows the map, as a site's footer does.</p></footer>`,
      'network',
    ),
  );
  await writeFile(path.join(dir, 'plain.html'), page('Plain', '<h1>No graph here</h1>', 'local-graph') + `<script type="module" src="${PREFIX}assets/network.js"></script>`);

  const serve = sirv(dir, { dev: true });
  const server = http.createServer((req, res) => {
    if (!req.url?.startsWith(PREFIX)) return void res.writeHead(404).end();
    req.url = req.url.slice(PREFIX.length - 1);
    serve(req, res, () => void res.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}${PREFIX}`,
    layout,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return launchBrowser();
}

/** A record page with the contract's local-graph markup and its no-JS list of neighbours. */
function recordPage(graph: Graph, id: string): string {
  const node = graph.nodes.find((n) => n.id === id)!;
  const items = graph.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => {
      const other = graph.nodes.find((n) => n.id === (e.source === id ? e.target : e.source))!;
      return `<li><a href="${PREFIX}${escape(other.url.slice(1))}" data-kind="${other.kind}">${escape(other.title)}</a> <span class="edge">${e.kind}${e.label ? `: ${escape(e.label)}` : ''}</span></li>`;
    });
  return page(
    node.title,
    `<h1>${escape(node.title)}</h1>
<section class="local-graph" aria-labelledby="local-graph-title">
  <h2 id="local-graph-title">Local graph</h2>
  <div class="local-graph-view" data-local-graph data-center="${escape(id)}" data-base="${PREFIX}" data-network="${PREFIX}network/"></div>
  ${localGraphData(graph, id).value}
  <ul class="local-graph-list">${items.join('')}</ul>
  <p><a class="open-network" href="${PREFIX}network/?focus=${encodeURIComponent(id)}">Open full network</a></p>
</section>`,
    'local-graph',
  );
}

function page(title: string, main: string, script: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<link rel="stylesheet" href="${PREFIX}assets/site.css"></head>
<body><main>${main}</main>
<script type="module" src="${PREFIX}assets/${script}.js"></script></body></html>
`;
}
