/**
 * Reads generated files back with regular expressions that spell out the seeds' layout, so the
 * corpus tests check the text itself, independently of the generator's own code and of the
 * real parser.
 */
import matter from 'gray-matter';

/** Undo the layout quirks (CRLF, trailing spaces, final newline) to compare structure. */
export function normalize(text: string): string {
  return text
    .replaceAll('\r\n', '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n$/, '');
}

const CLOSING = String.raw`\**Cite arXiv IDs; flag anything you cannot ground in a real paper\.\**`;

export const EXPORT_LINE = new RegExp(
  [
    String.raw`^INQUIRING LINE\n\n(?<title>[^\n]+\?)\n\n(?<deck>[^\n]+\.)\n\n\n(?<body>[\s\S]+?)\n\n\n`,
    String.raw`Sources (?<declared>\d+) notes\n\n(?<sources>[\s\S]+?)\n\n`,
    String.raw`Research prompt for your LLMexpand ↓\n\n(?<intro>Copy into ChatGPT or Claude [^\n]+)\n\n`,
    String.raw`(?<prompt>You are a [\s\S]+?\n\n${CLOSING})\n\n`,
    String.raw`Next inquiring lines(?<next>(?:\n\n[^\n]+\?)*)$`,
  ].join(''),
);

export const EXPORT_NOTE = new RegExp(
  [
    String.raw`^(?<title>[^\n]+\?)\n(?<deck>[^\n]+\.)\n(?<body>(?:[^\n]+\n)+?)`,
    String.raw`Source: (?<collection>[^\n]+)\nRelated concepts in this collection\n`,
    String.raw`(?<related>(?:-\n[^\n]+\?\n[^\n]+\.\n[^\n.?]+\n)+)`,
    String.raw`Click a node to walk · click center to open · click Open full network for a force-directed map\n`,
    String.raw`Original note title\n(?<original>[^\n]+)$`,
  ].join(''),
);

export const ANCHOR = /arXiv:(?<id>\d{4}\.\d{5}) (?:\((?<d1>\d{4}(?:-\d{2})?), [^()\n]+\)|\([^()\n]+, (?<d2>\d{4}(?:-\d{2})?)\)|\((?<d3>\d{4}(?:-\d{2})?)\): [^\n]+)$/;

export interface ReadLine {
  kind: 'inquiring-line';
  format: 'export' | 'markdown';
  title: string;
  summary: string;
  body: string;
  declared?: number;
  sources: { title: string; summary: string }[];
  prompt: string;
  next: string[];
}

export interface ReadNote {
  kind: 'note';
  format: 'export' | 'markdown';
  title: string;
  summary: string;
  body: string;
  collection: string;
  related: { title: string; description: string; relation: string }[];
  originalTitle: string;
}

export type ReadFile = ReadLine | ReadNote;

function pairs(block: string): { title: string; summary: string }[] {
  const parts = block.split('\n\n');
  const out: { title: string; summary: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) out.push({ title: parts[i] ?? '', summary: parts[i + 1] ?? '' });
  return out;
}

function readExport(text: string): ReadFile | undefined {
  const line = EXPORT_LINE.exec(text)?.groups;
  if (line) {
    return {
      kind: 'inquiring-line',
      format: 'export',
      title: line.title!,
      summary: line.deck!,
      body: line.body!,
      declared: Number(line.declared),
      sources: pairs(line.sources!),
      prompt: line.prompt!,
      next: line.next!.split('\n\n').filter(Boolean),
    };
  }
  const note = EXPORT_NOTE.exec(text)?.groups;
  if (!note) return undefined;
  const items = note.related!.trimEnd().split('\n');
  const related = [];
  for (let i = 0; i < items.length; i += 4) {
    related.push({ title: items[i + 1] ?? '', description: items[i + 2] ?? '', relation: items[i + 3] ?? '' });
  }
  return {
    kind: 'note',
    format: 'export',
    title: note.title!,
    summary: note.deck!,
    body: note.body!.trimEnd(),
    collection: note.collection!,
    related,
    originalTitle: note.original!,
  };
}

function readMarkdown(text: string): ReadFile | undefined {
  // A fresh options object keeps gray-matter from serving a cached result across tests.
  const { data, content } = matter(text, {});
  if (data.kind === 'inquiring-line') {
    const [body, prompt] = content.split('\n## Research prompt\n');
    return {
      kind: 'inquiring-line',
      format: 'markdown',
      title: data.title,
      summary: data.summary,
      body: (body ?? '').trim(),
      sources: data.sources,
      prompt: (prompt ?? '').trim(),
      next: data.next,
    };
  }
  if (data.kind !== 'note') return undefined;
  return {
    kind: 'note',
    format: 'markdown',
    title: data.title,
    summary: data.summary,
    body: content.trim(),
    collection: data.collection,
    related: data.related,
    originalTitle: data.original_title,
  };
}

/** The file's parts, or `undefined` when it does not have the expected layout. */
export function readCorpusFile(path: string, text: string): ReadFile | undefined {
  const clean = normalize(text);
  return path.endsWith('.md') ? readMarkdown(clean) : readExport(clean);
}

export function wordCount(paragraph: string): number {
  return paragraph.split(/\s+/).filter(Boolean).length;
}
