/**
 * Loading a parser fixture (`tests/fixtures/parse/<case>/<file>`) and flattening its messages.
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import type { ParsedDocument, ParsedInquiringLine, ParsedNote } from '../../src/model.ts';
import { parseDocument } from '../../src/parse/index.ts';

export interface Reported {
  rule: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
}

export interface Parsed {
  doc: ParsedDocument | undefined;
  file: VFile;
  reported: Reported[];
}

/** Parse a fixture from its raw bytes (the way the CLI reads files). */
export function parseFixture(name: string, fileName = 'input.txt'): Parsed {
  const value = readFileSync(new URL(`../fixtures/parse/${name}/${fileName}`, import.meta.url));
  return parseValue(value, `${name}/${fileName}`);
}

export function parseValue(value: string | Uint8Array, path: string): Parsed {
  const file = new VFile({ path, value });
  const doc = parseDocument(file);
  const reported = file.messages.map((m) => ({
    rule: m.ruleId ?? '',
    line: m.line ?? 0,
    severity: m.fatal === true ? ('error' as const) : m.fatal === false ? ('warning' as const) : ('info' as const),
  }));
  return { doc, file, reported };
}

export function asLine(doc: ParsedDocument | undefined): ParsedInquiringLine {
  if (doc?.kind !== 'inquiring-line') throw new Error(`expected an inquiring line, got ${doc?.kind}`);
  return doc;
}

export function asNote(doc: ParsedDocument | undefined): ParsedNote {
  if (doc?.kind !== 'note') throw new Error(`expected a note, got ${doc?.kind}`);
  return doc;
}

export function fixtureText(name: string, fileName: string): string {
  return readFileSync(new URL(`../fixtures/parse/${name}/${fileName}`, import.meta.url), 'utf8');
}
