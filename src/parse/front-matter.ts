/**
 * YAML front matter (`---` … `---` at the top of a file), read with gray-matter. Malformed YAML
 * is reported and the file is then read as if it had none, so no line is lost. Wrong types are
 * reported field by field and the field ignored.
 */
import matter from 'gray-matter';
import type { Code } from 'mdast';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { report } from '../diagnostics.ts';
import { pointAt, spanOf, type SourceLine } from './lines.ts';
import { FRONT_MATTER_KEYS, readFields, type FrontMatterFields } from './front-matter-fields.ts';

export interface FrontMatter extends FrontMatterFields {
  /** Keys the block names, valid or not. */
  keys: string[];
  /** Where each key stands (its first line). */
  keyPositions: ReadonlyMap<string, Position>;
  /** The whole block, delimiters included. */
  position: Position;
}

export interface FrontMatterSplit {
  frontMatter?: FrontMatter;
  /** The lines after the front matter (all lines when there is none). */
  lines: SourceLine[];
  /** A block that is not valid front matter (reported), delimiters included: shown as code. */
  rejected?: SourceLine[];
}

const DELIMITER = '---';

export function readFrontMatter(lines: SourceLine[], file: VFile): FrontMatterSplit {
  const open = lines[0];
  if (open?.text !== DELIMITER) return { lines };
  // gray-matter closes the block at the first line starting with `---`; so do we, to agree on it.
  const closeIndex = lines.findIndex((line, i) => i > 0 && line.text.startsWith(DELIMITER));
  const close = lines[closeIndex];
  if (close === undefined) {
    report(file, 'Unexpected end of file in front matter, expected a closing `---`', pointAt(open), 'front-matter');
    return { lines };
  }
  const rejected = { lines: lines.slice(closeIndex + 1), rejected: lines.slice(0, closeIndex + 1) };
  if (close.text !== DELIMITER) {
    report(file, `Unexpected \`${close.text}\`, expected \`---\` to close the front matter`, spanOf(close), 'front-matter');
    return rejected;
  }
  const block = lines.slice(1, closeIndex);
  const data = parseYaml(block, file);
  if (data === undefined) return rejected;
  // A Map, not an object: a YAML key may be `__proto__`.
  const keyPositions = new Map<string, Position>();
  for (const key of Object.keys(data)) {
    const line = block.find((l) => l.text.startsWith(`${key}:`) || l.text.startsWith(`${key} :`));
    keyPositions.set(key, spanOf(line ?? open));
  }
  const keyLine = (key: string): Position => keyPositions.get(key) ?? spanOf(open);
  return {
    frontMatter: { ...readFields(data, file, keyLine), keys: Object.keys(data), keyPositions, position: spanOf(open, close) },
    lines: lines.slice(closeIndex + 1),
  };
}

/** The block's mapping, or `undefined` (reported) when it is not valid YAML or not a mapping. */
function parseYaml(block: SourceLine[], file: VFile): Record<string, unknown> | undefined {
  const yaml = block.map((line) => line.text).join('\n');
  let data: unknown;
  try {
    // `language: 'yaml'` and a bare `---` opener keep gray-matter off its JavaScript engine (eval).
    data = matter(`${DELIMITER}\n${yaml}\n${DELIMITER}\n`, { language: 'yaml' }).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    // gray-matter hands js-yaml the block with a leading newline, so mark line n is block line n.
    const line = block[(mark?.line ?? 1) - 1] ?? block[0];
    const place = line ? pointAt(line, Math.min(mark?.column ?? 0, line.text.length)) : undefined;
    const reason = (error as { reason?: string }).reason ?? 'malformed YAML';
    report(file, `Unexpected front matter (${reason}), expected valid YAML; shown as text instead`, place, 'front-matter');
    return undefined;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    const place = block[0] ? spanOf(block[0]) : undefined;
    report(file, 'Unexpected front matter that is not a mapping, expected `key: value` lines; shown as text instead', place, 'front-matter');
    return undefined;
  }
  return data as Record<string, unknown>;
}

/**
 * Check the front matter of an export text file: a `kind` other than the one its text says, and
 * keys this kind of file cannot use, are reported and ignored.
 */
export function checkExportFrontMatter(frontMatter: FrontMatter | undefined, file: VFile, expect: { kind: string; otherKind: string; where: string; allowed: readonly string[]; what: string }): void {
  if (frontMatter?.kind === expect.otherKind) {
    const place = frontMatter.keyPositions.get('kind');
    report(file, `Unexpected \`kind: ${expect.otherKind}\` in ${expect.where}, expected \`${expect.kind}\`; ignored`, place, 'front-matter-field');
  }
  reportKeysNotFor(frontMatter, expect.allowed, expect.what, file);
}

/** Report front matter keys that this kind of file cannot use (they are ignored). */
export function reportKeysNotFor(frontMatter: FrontMatter | undefined, allowed: readonly string[], what: string, file: VFile): void {
  if (frontMatter === undefined) return;
  for (const key of frontMatter.keys) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key) || allowed.includes(key)) continue;
    const place = frontMatter.keyPositions.get(key) ?? frontMatter.position;
    report(file, `Unexpected front matter key \`${key}\` in ${what}, expected one of ${allowed.join(', ')}; ignored`, place, 'front-matter-field');
  }
}

/** A rejected front matter block as a code block, so the author sees it as written. */
export function rejectedBlock(lines: readonly SourceLine[]): Code | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  return { type: 'code', lang: 'yaml', meta: null, value: lines.map((line) => line.text).join('\n'), position: spanOf(first, lines.at(-1)) };
}
