/**
 * Small parsed documents for resolver tests, without the parser: bodies are Markdown read by
 * mdast-util-from-markdown, everything else is given directly.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { VFile } from 'vfile';
import type { PaperCitation, ParsedDocument, ParsedInquiringLine, ParsedNote, ParsedPrompt } from '../../src/model.ts';

export interface LineSpec {
  summary?: string;
  body?: string;
  /** Source titles, or [title, summary] pairs. */
  sources?: (string | [string, string])[];
  next?: string[];
  papers?: PaperCitation[];
  slug?: string;
}

export function line(file: string, title: string, spec: LineSpec = {}): ParsedInquiringLine {
  const doc: ParsedInquiringLine = {
    kind: 'inquiring-line',
    file,
    format: 'markdown',
    title,
    summary: spec.summary ?? '',
    body: fromMarkdown(spec.body ?? ''),
    tags: [],
    sources: (spec.sources ?? []).map((s) => (typeof s === 'string' ? { title: s, summary: `${s} — as ${file} puts it` } : { title: s[0], summary: s[1] })),
    next: (spec.next ?? []).map((title) => ({ title })),
  };
  if (spec.papers) doc.prompt = prompt(spec.papers);
  if (spec.slug !== undefined) doc.slug = spec.slug;
  return doc;
}

export interface NoteSpec {
  summary?: string;
  body?: string;
  collection?: string;
  related?: { title: string; description?: string; relation?: string }[];
  originalTitle?: string;
  slug?: string;
}

export function note(file: string, title: string, spec: NoteSpec = {}): ParsedNote {
  const doc: ParsedNote = {
    kind: 'note',
    file,
    format: 'markdown',
    title,
    summary: spec.summary ?? '',
    body: fromMarkdown(spec.body ?? ''),
    tags: [],
    related: (spec.related ?? []).map((r) => ({ title: r.title, description: r.description ?? '', relation: r.relation ?? '' })),
  };
  if (spec.collection !== undefined) doc.collection = spec.collection;
  if (spec.originalTitle !== undefined) doc.originalTitle = spec.originalTitle;
  if (spec.slug !== undefined) doc.slug = spec.slug;
  return doc;
}

function prompt(papers: PaperCitation[]): ParsedPrompt {
  return { intro: '', text: 'You are a researcher.', display: fromMarkdown('You are a researcher.'), papers };
}

/** One empty VFile per document, with the document's path. */
export function filesFor(docs: readonly ParsedDocument[]): VFile[] {
  return [...new Set(docs.map((doc) => doc.file))].map((path) => new VFile({ path, value: '' }));
}

/** The reasons reported under `rule`, per file path. */
export function messagesOf(files: readonly VFile[], rule: string): { file: string; reason: string; line?: number | undefined }[] {
  return files.flatMap((file) => file.messages.filter((m) => m.ruleId === rule).map((m) => ({ file: file.path, reason: m.reason, line: m.line })));
}
