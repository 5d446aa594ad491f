/**
 * arXiv citations in a research prompt. The exports cite papers in several shapes:
 *   - arXiv:2506.13351 (2025, Direct Reasoning Optimization)
 *   • arXiv:2506.18032 (Why Do Some …?, 2025-06)
 *   • arXiv:2506.18032 (2025-06): Why Do Some …
 * and prompts written by hand may link `arxiv.org/abs/<id>` instead.
 */
import type { VFile } from 'vfile';
import { canonicalArxivId } from '../arxiv.ts';
import { report } from '../diagnostics.ts';
import type { PaperCitation } from '../model.ts';
import { pointAt, type SourceLine } from './lines.ts';

const MENTION = /\barXiv:[ \t]*|\barxiv\.org\/(?:abs|pdf)\//gi;
/** Every mention contains it: lines without it are skipped at the cost of one scan. */
const ARXIV = /arxiv/i;
/** The id after a mention: read in place (sticky, from `lastIndex`), so the line is not sliced. */
const TOKEN = /[^\s()[\]{}<>,;"'`*_]*/y;
const DATE = /^(?:~|c\.\s*|circa\s+)?\d{4}(?:-\d{2}(?:-\d{2})?)?$/i;
const EMPHASIS_EDGES = /^[*_\s]+|[*_\s]+$/g;

/** Every arXiv id named in `lines`, first appearance first; invalid ids reported, not listed. */
export function findCitations(lines: readonly SourceLine[], file: VFile): PaperCitation[] {
  const byId = new Map<string, PaperCitation>();
  for (const line of lines) {
    if (!ARXIV.test(line.text)) continue;
    // `exec` in a loop, as `matchAll` would find them, without its iterator and clone.
    MENTION.lastIndex = 0;
    for (let match = MENTION.exec(line.text); match !== null; match = MENTION.exec(line.text)) {
      const start = match.index;
      const after = start + match[0].length;
      TOKEN.lastIndex = after;
      const token = trimToken(TOKEN.exec(line.text)?.[0] ?? '');
      const arxivId = canonicalArxivId(token);
      if (arxivId === undefined) {
        const shown = line.text.slice(start, after + token.length);
        const place = { start: pointAt(line, start), end: pointAt(line, after + token.length) };
        report(file, `Unexpected \`${shown}\`, expected an arXiv id such as \`arXiv:2506.13351\``, place, 'bad-arxiv-id');
        continue;
      }
      const details = readDetails(line.text.slice(after + token.length));
      // `{ arxivId, ...details.fields, position }`, faster (Node 20 builds a spread between fields in its runtime).
      const citation: PaperCitation = Object.assign({ arxivId }, details.fields, { position: { start: pointAt(line, start), end: pointAt(line, after + token.length + details.length) } });
      const known = byId.get(arxivId);
      if (known === undefined) byId.set(arxivId, citation);
      else {
        known.date ??= citation.date;
        known.title ??= citation.title;
      }
    }
  }
  return [...byId.values()];
}

/** A token without the sentence's closing `.` or `:` and without a `.pdf` ending. */
function trimToken(token: string): string {
  const last = token.charCodeAt(token.length - 1);
  // Only a token ending in `.`, `:` or `f` can have either to trim.
  if (last !== 0x2e && last !== 0x3a && last !== 0x66 && last !== 0x46) return token;
  return token.replace(/[.:]+$/, '').replace(/\.pdf$/i, '');
}

/** Date and title from what follows the id: `(date, title)`, `(title, date)` or `(date): title`. */
function readDetails(rest: string): { fields: Pick<PaperCitation, 'date' | 'title'>; length: number } {
  const fields: Pick<PaperCitation, 'date' | 'title'> = {};
  const lead = /^[*_]*\s*/.exec(rest)?.[0].length ?? 0;
  let length = 0;
  let title: string | undefined;
  if (rest[lead] === '(') {
    const close = matchingParen(rest, lead);
    if (close === -1) return { fields, length: 0 };
    length = close + 1;
    const parts = rest
      .slice(lead + 1, close)
      .split(',')
      .map((part) => part.trim());
    const first = parts[0] ?? '';
    const last = parts.at(-1) ?? '';
    if (DATE.test(first)) {
      fields.date = first;
      title = parts.slice(1).join(', ');
    } else if (parts.length > 1 && DATE.test(last)) {
      fields.date = last;
      title = parts.slice(0, -1).join(', ');
    } else {
      title = parts.join(', ');
    }
  }
  if (!title) {
    const colon = /^[*_]*\s*[:—–]\s*(.+)$/.exec(rest.slice(length));
    if (colon?.[1]) {
      title = colon[1];
      length += colon[0].length;
    }
  }
  title = title?.replace(EMPHASIS_EDGES, '');
  if (title) fields.title = title;
  return { fields, length };
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
