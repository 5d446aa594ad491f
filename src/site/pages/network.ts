/** `/network/`: the shell the network client fills (see the site ⇄ graph contract). */
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';

export function renderNetworkPage(site: SiteData): string {
  const { graph } = site.atlas;
  const main = html`<h1>Network</h1>
<p class="deck">Every line, note, paper and collection, and how they connect: ${graph.nodes.length} nodes, ${graph.edges.length} links.</p>
<div class="network" data-network data-src="${site.href('/graph.json')}" data-base="${site.config.pathPrefix}"></div>
<noscript><p>The network map needs JavaScript. Without it, start from the <a href="${site.href('/')}">home page</a>, the <a href="${site.href('/collections/')}">collections</a> or the <a href="${site.href('/papers/')}">papers</a>; every page lists its neighbours.</p></noscript>`;
  return renderLayout(site, { title: 'Network', description: `The full network of ${site.config.title}.`, url: '/network/', main, scripts: ['network'] });
}
