/**
 * A parsed document as it crosses from a parse worker to the main thread. Structured cloning
 * (what `postMessage` does) copies a Markdown tree's text cheaply, but not its positions: every
 * node has one, three small objects each, and rebuilding them took the main thread longer than
 * parsing the file had taken the worker (measured on 2,552 Markdown files: 2.3 s to deserialize
 * with positions, 0.6 s without and rebuilding them from numbers). So the worker takes every
 * position out into one `Int32Array` (transferred, not copied), leaving its index in its place,
 * and the main thread puts equal objects back. The document that comes out is deep-equal to the
 * one that went in; a position of another shape (no offset, other fields) is cloned as it is.
 */
import type { VFile } from 'vfile';
import type { ParsedDocument } from '../model.ts';

/** Numbers per position: start line, column, offset; end line, column, offset. */
const FIELDS = 6;

/** What a worker sends back for one file: its document and the messages parsing reported. */
export interface TransferredParse {
  /** The document with positions replaced by their index in `positions`; absent for no record. */
  document?: unknown;
  positions: Int32Array;
  /** The parser's messages, their own fields copied (a VFileMessage is an Error: cloning drops them). */
  messages: Record<string, unknown>[];
}

/**
 * Pack what parsing `file` gave (`document`, and the messages from `messagesBefore` on) for
 * `postMessage`. Takes `document` apart: the caller must not use it again.
 */
export function packParse(document: ParsedDocument | undefined, file: VFile, messagesBefore: number): TransferredParse {
  const numbers: number[] = [];
  if (document) takePositions(document, numbers);
  const packed: TransferredParse = { positions: Int32Array.from(numbers), messages: file.messages.slice(messagesBefore).map((message) => ({ ...message })) };
  if (document) packed.document = document;
  return packed;
}

/** The document `packParse` packed, positions back in place. */
export function unpackDocument(packed: TransferredParse): ParsedDocument | undefined {
  if (packed.document === undefined) return undefined;
  putPositions(packed.document as object, packed.positions);
  return packed.document as ParsedDocument;
}

function takePositions(value: object, numbers: number[]): void {
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (item !== null && typeof item === 'object') takePositions(item, numbers);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (item === null || typeof item !== 'object') continue;
    if (key === 'position' && isPlainPosition(item)) {
      record[key] = numbers.length / FIELDS;
      const { start, end } = item;
      numbers.push(start.line, start.column, start.offset, end.line, end.column, end.offset);
    } else takePositions(item, numbers);
  }
}

function putPositions(value: object, positions: Int32Array): void {
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (item !== null && typeof item === 'object') putPositions(item, positions);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (key === 'position' && typeof item === 'number') {
      const at = item * FIELDS;
      record[key] = {
        start: { line: positions[at], column: positions[at + 1], offset: positions[at + 2] },
        end: { line: positions[at + 3], column: positions[at + 4], offset: positions[at + 5] },
      };
    } else if (item !== null && typeof item === 'object') putPositions(item, positions);
  }
}

interface PlainPoint {
  line: number;
  column: number;
  offset: number;
}

/** `{start: {line, column, offset}, end: {…}}` and nothing else, every number an int32: what the numbers can say exactly. */
function isPlainPosition(value: object): value is { start: PlainPoint; end: PlainPoint } {
  const { start, end } = value as { start?: unknown; end?: unknown };
  return Object.keys(value).length === 2 && isPlainPoint(start) && isPlainPoint(end);
}

function isPlainPoint(value: unknown): value is PlainPoint {
  if (value === null || typeof value !== 'object') return false;
  const point = value as Record<string, unknown>;
  return Object.keys(point).length === 3 && isInt32(point.line) && isInt32(point.column) && isInt32(point.offset);
}

function isInt32(value: unknown): boolean {
  return typeof value === 'number' && (value | 0) === value && !Object.is(value, -0);
}
