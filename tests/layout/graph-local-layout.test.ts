/**
 * The local graph's placement (no simulation in the page): the centre on top, its neighbours in
 * rows grouped by kind, in two columns when wide and one when narrow, each label in a row of its
 * own (so none can overlap), wrapped on two lines; depth-2 nodes under the neighbour they hang
 * from; the same data, the same picture.
 */
import { describe, expect, it } from 'vitest';
import { localLayout, wrap } from '../../src/client/graph-local-layout.ts';
import type { LocalPlan, MeasureText } from '../../src/client/graph-local-layout.ts';
import type { NeighbourhoodData, NeighbourhoodNode } from '../../src/wire/graph-data.ts';
import type { RecordKind } from '../../src/model.ts';

/** Every character 0.6 em wide: close enough to a sans-serif for layout. */
const measure: MeasureText = (text, size) => text.length * size * 0.6;

function file(depth1: { kind?: RecordKind; title?: string }[], depth2: { parent: number }[] = []): NeighbourhoodData {
  const node = (i: number, depth: 0 | 1 | 2, kind: RecordKind = 'note', title = `N${i}`): NeighbourhoodNode => ({ id: `note:n${i}`, kind, title, url: `/notes/n${i}/`, depth });
  const nodes = [node(0, 0), ...depth1.map((d, i) => node(i + 1, 1, d.kind, d.title)), ...depth2.map((_, i) => node(depth1.length + 1 + i, 2))];
  const edges = [
    ...depth1.map((_, i) => ({ source: 0, target: i + 1, kind: 'related' as const })),
    ...depth2.map((d, i) => ({ source: d.parent, target: depth1.length + 1 + i, kind: 'mention' as const })),
  ];
  return { v: 1, center: 'note:n0', nodes, edges, omitted: 0 };
}

const long = (i: number) => `Does a rather long question number ${i} about models and their training survive being wrapped onto two lines?`;

/** Each label's box in view coordinates (as `measure` sizes it). */
function labelBoxes(plan: LocalPlan) {
  return plan.nodes.map((p) => {
    const w = p.label.width;
    const left = p.x + (p.label.anchor === 'start' ? p.label.x : p.label.anchor === 'end' ? p.label.x - w : p.label.x - w / 2);
    const top = p.y + p.label.y - p.label.size;
    return { index: p.index, left, right: left + w, top, bottom: p.y + p.label.y + (p.label.lines.length - 1) * (p.label.size + 3) + 3 };
  });
}

function overlaps(plan: LocalPlan): string[] {
  const boxes = labelBoxes(plan);
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`${a.index}×${b.index}`);
  return found;
}

describe('localLayout', () => {
  it('puts the centre on top and every neighbour below it, labelled', () => {
    const plan = localLayout(file([{}, {}, {}]), { depth: 1, width: 800, measure });
    expect(plan.nodes[0]!.index).toBe(0);
    expect(plan.nodes.map((p) => p.index).sort()).toEqual([0, 1, 2, 3]);
    for (const p of plan.nodes.slice(1)) {
      expect(p.y).toBeGreaterThan(plan.nodes[0]!.y);
      expect(p.label.lines.join(' ')).toBe(`N${p.index}`);
    }
  });

  it('groups neighbours by kind, then title', () => {
    const kinds: RecordKind[] = ['paper', 'note', 'collection', 'inquiring-line', 'note'];
    const plan = localLayout(file(kinds.map((kind, i) => ({ kind, title: `T${5 - i}` }))), { depth: 1, width: 300, measure });
    const order = plan.nodes.slice(1).map((p) => kinds[p.index - 1]);
    expect(order).toEqual(['inquiring-line', 'note', 'note', 'paper', 'collection']);
    // The two notes by title: T4 (index 2) before T1 (index 5)? No: "T1" < "T4".
    expect(
      plan.nodes
        .slice(1)
        .filter((p) => kinds[p.index - 1] === 'note')
        .map((p) => p.index),
    ).toEqual([5, 2]);
  });

  it('labels every one of 40 neighbours, wrapped on two lines, none overlapping, wide or narrow', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({ title: i % 2 ? long(i) : `Short ${i}` }));
    for (const width of [1000, 560, 440, 360]) {
      const plan = localLayout(file(crowd), { depth: 1, width, measure });
      expect(plan.columns).toBe(width >= 520 ? 2 : 1);
      expect(plan.nodes).toHaveLength(41);
      for (const p of plan.nodes) {
        expect(p.label.lines.length).toBeGreaterThan(0);
        expect(p.label.lines.length).toBeLessThanOrEqual(p.index === 0 ? 3 : 2);
        if (p.index % 2 === 1) expect(p.label.cut).toBe(false);
        else if (p.index > 0) expect(p.label.lines[0]!.length).toBeGreaterThan(12);
      }
      for (const box of labelBoxes(plan)) expect(box.left >= 0 && box.right <= width).toBe(true);
      expect(overlaps(plan)).toEqual([]);
    }
  });

  it('adds the depth-2 nodes only on request, each under the neighbour it hangs from', () => {
    const data = file([{}, {}], [{ parent: 1 }, { parent: 1 }, { parent: 2 }]);
    expect(localLayout(data, { depth: 1, width: 600, measure }).nodes).toHaveLength(3);
    const plan = localLayout(data, { depth: 2, width: 600, measure });
    const at = new Map(plan.nodes.map((p) => [p.index, p]));
    expect(plan.parent).toEqual(
      new Map([
        [3, 1],
        [4, 1],
        [5, 2],
      ]),
    );
    for (const [child, parent] of plan.parent) {
      expect(at.get(child)!.y).toBeGreaterThan(at.get(parent)!.y);
      expect(Math.abs(at.get(child)!.x - plan.width / 2)).toBeGreaterThan(Math.abs(at.get(parent)!.x - plan.width / 2));
    }
    expect(overlaps(plan)).toEqual([]);
  });

  it('is the same every time, and copes with an empty file', () => {
    const data = file([{ title: long(1) }, {}, {}], [{ parent: 1 }]);
    expect(localLayout(data, { depth: 2, width: 500, measure })).toEqual(localLayout(data, { depth: 2, width: 500, measure }));
    expect(localLayout({ v: 1, center: 'x', nodes: [], edges: [], omitted: 0 }, { depth: 1, width: 500, measure }).nodes).toEqual([]);
  });
});

describe('wrap', () => {
  it('breaks at spaces, and cuts with "…" only past the last line', () => {
    expect(wrap('one two three', 1000, 2, 10, false, measure)).toEqual({ lines: ['one two three'], cut: false, width: 78 });
    const two = wrap('one two three four', 60, 2, 10, false, measure);
    expect(two.lines).toEqual(['one two', 'three four']);
    const cut = wrap('one two three four five six', 50, 2, 10, false, measure);
    expect(cut.cut).toBe(true);
    expect(cut.lines[1]!.endsWith('…')).toBe(true);
    expect(cut.lines.every((line) => measure(line, 10, false) <= 50)).toBe(true);
  });

  it('breaks a word longer than a line inside it', () => {
    const { lines } = wrap('Supercalifragilisticexpialidocious', 60, 2, 10, false, measure);
    expect(lines[0]!.length).toBeGreaterThan(5);
    expect(lines.every((line) => measure(line, 10, false) <= 60)).toBe(true);
  });
});
