/**
 * The list under the local graph when the reader has walked away from the page's own node: the
 * current centre and its neighbours as links, each with its kind and how it relates, so the list
 * always describes what the graph shows. (At the page's own node the page's list stands, written
 * at build time and readable without script.)
 */
import type { NeighbourhoodData } from '../wire/graph-data.ts';
import { KIND_NAMES, kindKey } from './graph-kinds.ts';
import { relationsToCentre } from './graph-local-view.ts';

/** `neighbours`: the depth-1 node indices, in the order the graph draws them. */
export function fillWalkedList(box: HTMLElement, data: NeighbourhoodData, neighbours: readonly number[], base: string): void {
  const centre = data.nodes[0]!;
  const href = (url: string) => base + url.slice(1);
  const relation = relationsToCentre(data);
  const intro = document.createElement('p');
  intro.className = 'local-graph-walked-intro';
  const link = document.createElement('a');
  link.href = href(centre.url);
  link.textContent = centre.title;
  intro.append(`${neighbours.length === 1 ? 'The neighbour' : `The ${neighbours.length} neighbours`} of `, link, neighbours.length > 0 ? ':' : ': none yet.');
  const list = document.createElement('ul');
  list.className = 'local-graph-list';
  for (const i of neighbours) {
    const n = data.nodes[i]!;
    const li = list.appendChild(document.createElement('li'));
    const a = li.appendChild(document.createElement('a'));
    a.href = href(n.url);
    a.textContent = n.title;
    a.dataset.kind = kindKey(n.kind, n.stub);
    const edge = li.appendChild(document.createElement('span'));
    edge.className = 'edge';
    edge.textContent = ` ${KIND_NAMES[kindKey(n.kind, n.stub)]}${relation.has(i) ? ` · ${relation.get(i)}` : ''}`;
  }
  box.replaceChildren(intro, ...(neighbours.length > 0 ? [list] : []));
}
