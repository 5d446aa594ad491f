/**
 * A note's `aliases:` (Obsidian's other names for it: a list, or one string), read from its file's
 * front matter. Only files whose front matter has the key are parsed a second time.
 */
import yaml from 'js-yaml';
import type { VFile } from 'vfile';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const HAS_ALIASES = /^(?:aliases|alias)[ \t]*:/m;

export function aliasesOf(file: VFile | undefined): string[] {
  const value = file?.value;
  if (value === undefined) return [];
  const head = typeof value === 'string' ? value.slice(0, 8192) : new TextDecoder().decode(value.subarray(0, 8192));
  const block = FRONT_MATTER.exec(head)?.[1];
  if (block === undefined || !HAS_ALIASES.test(block)) return [];
  let data: unknown;
  try {
    data = yaml.load(block, { schema: yaml.JSON_SCHEMA });
  } catch {
    return []; // the parser has reported the front matter already
  }
  if (typeof data !== 'object' || data === null) return [];
  const raw = (data as Record<string, unknown>).aliases ?? (data as Record<string, unknown>).alias;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return list.filter((a): a is string | number => typeof a === 'string' || typeof a === 'number').map((a) => String(a).trim()).filter((a) => a !== '');
}
