/**
 * Positions inside a text node, for links cut out of it and problems found in it, so diagnostics
 * point at the very characters in the input file.
 */
import type { Text } from 'mdast';
import type { Point, Position } from 'unist';

/**
 * The point at `offset` into a text node's value. Exact only when the value is the source verbatim
 * (no escapes, entities or stripped indentation); otherwise the node's own start.
 */
export function pointAt(node: Text, offset: number): Point | undefined {
  const pos = node.position;
  if (!pos) return undefined;
  const { start, end } = pos;
  if (start.offset === undefined || end.offset === undefined || end.offset - start.offset !== node.value.length) return start;
  const before = node.value.slice(0, offset);
  const lineBreaks = before.split('\n').length - 1;
  const column = lineBreaks === 0 ? start.column + offset : offset - before.lastIndexOf('\n');
  return { line: start.line + lineBreaks, column, offset: start.offset + offset };
}

/** The span `from`–`to` of a text node's value, when its value is the source verbatim. */
export function spanPosition(node: Text, from: number, to: number): Position | undefined {
  const pos = node.position;
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return undefined;
  if (pos.end.offset - pos.start.offset !== node.value.length) return undefined;
  return { start: pointAt(node, from)!, end: pointAt(node, to)! };
}
