/**
 * The local graph's placement (no simulation in the page): the centre in the middle, its
 * neighbours on a ring in the direction the full network's layout gives them, evenly spaced,
 * the depth-2 ring outside near the neighbour each hangs from; the same file, the same picture.
 */
import { describe, expect, it } from 'vitest';
import { localLayout } from '../../src/client/graph-local-layout.ts';
import type { NeighbourhoodData, NeighbourhoodNode } from '../../src/site/graph-data.ts';

function file(depth1: [number, number][], depth2: { at: [number, number]; parent: number }[] = []): NeighbourhoodData {
  const node = (i: number, depth: 0 | 1 | 2, [x, y]: [number, number]): NeighbourhoodNode => ({ id: `note:n${i}`, kind: 'note', title: `N${i}`, url: `/notes/n${i}/`, depth, x, y });
  const nodes = [node(0, 0, [0, 0]), ...depth1.map((p, i) => node(i + 1, 1, p)), ...depth2.map((d, i) => node(depth1.length + 1 + i, 2, d.at))];
  const edges = [
    ...depth1.map((_, i) => ({ source: 0, target: i + 1, kind: 'related' as const })),
    ...depth2.map((d, i) => ({ source: d.parent, target: depth1.length + 1 + i, kind: 'mention' as const })),
  ];
  return { v: 1, center: 'note:n0', nodes, edges, omitted: 0 };
}

const angleOf = (p: { x: number; y: number }) => Math.atan2(p.y, p.x);
const gap = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

describe('localLayout', () => {
  it('puts the centre at the origin and every neighbour on the ring', () => {
    const placed = localLayout(file([[10, 0], [0, 10], [-10, 0]]), { ring: 100 });
    expect(placed[0]).toEqual({ index: 0, x: 0, y: 0 });
    expect(placed.map((p) => p.index).sort()).toEqual([0, 1, 2, 3]);
    for (const p of placed.slice(1)) expect(Math.hypot(p.x, p.y)).toBeCloseTo(100);
  });

  it('keeps each neighbour near its direction on the full network, spread evenly', () => {
    // Two neighbours to the east, one to the west: the eastern two stay east, apart.
    const placed = localLayout(file([[100, 5], [100, -5], [-100, 0]]), { ring: 100 });
    const at = new Map(placed.map((p) => [p.index, p]));
    expect(Math.cos(angleOf(at.get(1)!))).toBeGreaterThan(0);
    expect(Math.cos(angleOf(at.get(2)!))).toBeGreaterThan(0);
    expect(Math.cos(angleOf(at.get(3)!))).toBeLessThan(0);
    expect(gap(angleOf(at.get(1)!), angleOf(at.get(2)!))).toBeCloseTo((2 * Math.PI) / 3);
  });

  it('staggers a crowded ring and never puts two neighbours at the same angle', () => {
    const crowd = Array.from({ length: 30 }, (): [number, number] => [50, 0]);
    const placed = localLayout(file(crowd), { ring: 100 }).slice(1);
    const angles = placed.map(angleOf).sort((a, b) => a - b);
    for (let i = 1; i < angles.length; i++) expect(angles[i]! - angles[i - 1]!).toBeGreaterThan(0.2);
    expect(new Set(placed.map((p) => Math.round(Math.hypot(p.x, p.y))))).toEqual(new Set([100, 130]));
  });

  it('adds the depth-2 ring only on request, outside, towards its parent', () => {
    const data = file([[100, 0], [-100, 0]], [{ at: [200, 10], parent: 1 }, { at: [200, -10], parent: 1 }, { at: [-200, 0], parent: 2 }]);
    expect(localLayout(data, { ring: 100, depth: 1 })).toHaveLength(3);
    const placed = localLayout(data, { ring: 100, depth: 2 });
    const at = new Map(placed.map((p) => [p.index, p]));
    for (const i of [3, 4, 5]) expect(Math.hypot(at.get(i)!.x, at.get(i)!.y)).toBeGreaterThan(150);
    expect(gap(angleOf(at.get(3)!), angleOf(at.get(1)!))).toBeLessThan(0.5);
    expect(gap(angleOf(at.get(5)!), angleOf(at.get(2)!))).toBeLessThan(0.5);
  });

  it('is the same every time, and copes with a file without positions', () => {
    const data = file([[3, 4], [5, -2], [-1, 7]], [{ at: [9, 9], parent: 1 }]);
    expect(localLayout(data, { depth: 2 })).toEqual(localLayout(data, { depth: 2 }));
    const bare = { ...data, nodes: data.nodes.map(({ x: _x, y: _y, ...rest }) => rest) };
    expect(localLayout(bare, { depth: 2 }).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(localLayout({ v: 1, center: 'x', nodes: [], edges: [], omitted: 0 })).toEqual([]);
  });
});
