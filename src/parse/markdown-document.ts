/**
 * A Markdown file (`.md`, `.markdown`): metadata in YAML front matter, the body in Markdown. An
 * inquiring line's research prompt is its `## Research prompt` section.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { report } from '../diagnostics.ts';
import type { ParsedDocument, ParsedPrompt } from '../model.ts';
import { metadataFields, type ParseContext } from './context.ts';
import { reportKeysNotFor } from './front-matter.ts';
import { collapseWhitespace, type SourceLine } from './lines.ts';
import { parseObsidianMarkdown } from './obsidian/index.ts';
import { parsePrompt } from './prompt.ts';

/** The whole heading must say so: a longer heading's other words would vanish with it. */
const PROMPT_HEADING = /^Research prompt(?: for your LLM)?$/i;
const COMMON_KEYS = ['kind', 'title', 'summary', 'description', 'slug', 'date', 'tags', 'aliases', 'alias', 'permalink', 'publish', 'draft'];
const KEYS = { 'inquiring-line': [...COMMON_KEYS, 'sources', 'next'], note: [...COMMON_KEYS, 'collection', 'original_title', 'related'] };

export function parseMarkdownDocument(input: readonly SourceLine[], context: ParseContext): ParsedDocument {
  const { file, frontMatter } = context;
  const { lines, body, tags: inlineTags } = parseObsidianMarkdown(input, file);
  const promptIndex = body.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && PROMPT_HEADING.test(collapseWhitespace(toString(node))));
  const kind = frontMatter?.kind ?? (frontMatter?.sources !== undefined || promptIndex !== -1 ? 'inquiring-line' : 'note');
  reportKeysNotFor(frontMatter, KEYS[kind], kind === 'note' ? 'a note' : 'an inquiring line', file);

  const prompt = kind === 'inquiring-line' && promptIndex !== -1 ? takePrompt(body, promptIndex, lines, context) : undefined;
  const titleIndex = frontMatter?.title === undefined ? body.children.findIndex((node) => isHeading(node, 1)) : -1;
  const [titleHeading] = titleIndex === -1 ? [] : body.children.splice(titleIndex, 1);
  const headingTitle = titleHeading ? collapseWhitespace(toString(titleHeading)) : '';
  const title = frontMatter?.title ?? (headingTitle || context.stem);
  const position = titleHeading?.position ?? frontMatter?.keyPositions.get('title');
  // The file name is the note's title in Obsidian, so a vault's notes rarely say it again.
  if (!frontMatter?.title && !headingTitle) {
    report(file, `No \`title:\` or \`# \` heading; the file name \`${context.stem}\` is the title`, position ?? { line: 1, column: 1 }, 'title-from-file-name');
  }
  // A deck is optional in Markdown: most notes of a vault have none, and the page reads fine.
  const summary = frontMatter?.summary ?? '';

  const metadata = metadataFields(context);
  for (const tag of inlineTags) if (!metadata.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) metadata.tags = [...metadata.tags, tag];
  const base = { file: context.path, format: 'markdown' as const, title, summary, body, ...metadata };
  if (position) Object.assign(base, { position });
  if (kind === 'inquiring-line') {
    const line: ParsedDocument = { ...base, kind, sources: frontMatter?.sources ?? [], next: frontMatter?.next ?? [] };
    if (prompt) line.prompt = prompt;
    return line;
  }
  const note: ParsedDocument = { ...base, kind, related: frontMatter?.related ?? [] };
  if (frontMatter?.collection) note.collection = frontMatter.collection;
  if (frontMatter?.originalTitle) note.originalTitle = frontMatter.originalTitle;
  return note;
}

/**
 * Cut the prompt section (its heading up to the next heading of depth 1 or 2) out of `body` and
 * read it from the source lines, so the copy text is the exact slice the author wrote.
 */
function takePrompt(body: Root, index: number, lines: readonly SourceLine[], context: ParseContext): ParsedPrompt | undefined {
  const heading = body.children[index] as Heading;
  let end = index + 1;
  while (end < body.children.length && !isHeading(body.children[end] as RootContent, 2)) end++;
  const from = heading.position?.end.line ?? 0;
  const to = sectionEnd(body.children[end]);
  body.children.splice(index, end - index);
  const headingLine = lines.find((line) => line.line === heading.position?.start.line) ?? lines[0]!;
  return parsePrompt(
    lines.filter((line) => line.line > from && line.line < to),
    headingLine,
    context.file,
    context.source,
  );
}

/**
 * The first line that is no longer the prompt: where the next heading's own text starts. A setext
 * heading's node starts at the link reference definitions written above its text (CommonMark
 * takes them out of the heading), and those lines are the author's, so they stay in the prompt.
 */
function sectionEnd(next: RootContent | undefined): number {
  if (next === undefined) return Number.POSITIVE_INFINITY;
  const text = next.type === 'heading' ? next.children[0]?.position?.start.line : undefined;
  return text ?? next.position?.start.line ?? Number.POSITIVE_INFINITY;
}

/** A heading of depth `depth` or shallower. */
function isHeading(node: RootContent, depth: number): node is Heading {
  return node.type === 'heading' && node.depth <= depth;
}
