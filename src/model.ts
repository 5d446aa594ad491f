/**
 * The record types: the contract between parser, resolver, layout, templates and tests.
 * Declared once here; everything else imports them.
 *
 * Two layers:
 * - `Parsed*` are what the parser reads out of one file, before anything is known about the
 *   other files (no ids, no urls, references by title only).
 * - The resolved records (`InquiringLine`, `Note`, `Paper`, `Collection`) carry ids, slugs and
 *   urls, and every reference knows its `target` id.
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';

export type { Root as MarkdownRoot } from 'mdast';
export type { Position } from 'unist';

/** The kinds of record, also the kinds of graph node. */
export type RecordKind = 'inquiring-line' | 'note' | 'paper' | 'collection';

/** Which syntax a file was read as. */
export type SourceFormat = 'export' | 'markdown';

// ---------------------------------------------------------------------------------------------
// Parser output
// ---------------------------------------------------------------------------------------------

/** A source note as an inquiring line lists it under "Sources N notes". */
export interface ParsedSource {
  title: string;
  /** The summary exactly as this line gives it (may differ from the note's own deck). */
  summary: string;
  position?: Position;
}

/** One entry under "Related concepts in this collection". */
export interface ParsedRelated {
  title: string;
  description: string;
  /** The relation phrase, e.g. "extends goal guarding beyond self to peer models". */
  relation: string;
  position?: Position;
}

/** A title named under "Next inquiring lines" or in front matter `next:`. */
export interface ParsedTitleRef {
  title: string;
  position?: Position;
}

/** An arXiv paper as a research prompt cites it: `arXiv:2506.18032 (2025-06, Title)`. */
export interface PaperCitation {
  /** The bare arXiv id, e.g. `2506.18032` (old-style ids keep their archive: `hep-th/9901001`). */
  arxivId: string;
  /** The date as cited: `2025`, `2025-06`, `~2025`; absent when the citation gives none. */
  date?: string;
  /** The title as cited; absent when the citation gives none. */
  title?: string;
  position?: Position;
}

/** The research prompt a reader copies into an LLM. */
export interface ParsedPrompt {
  /** The line introducing the prompt ("Copy into ChatGPT or Claude…"); empty when absent. */
  intro: string;
  /**
   * The exact copy text: from "You are …" to the prompt's last line, with its Markdown and line
   * breaks as in the source, and nothing of the UI around it.
   */
  text: string;
  /** The prompt as Markdown for display: bullets normalised to `-`, one block per line. */
  display: Root;
  /** Every arXiv id the prompt names, in order of first appearance. */
  papers: PaperCitation[];
  position?: Position;
}

interface ParsedBase {
  /** Path of the input file, relative to the notes folder, with `/` separators. */
  file: string;
  format: SourceFormat;
  title: string;
  /** The deck: one or two sentences under the title. Empty when the file has none. */
  summary: string;
  /**
   * The body as a Markdown AST (mdast), positions pointing into the input file. Raw HTML in the
   * input arrives here as `text` nodes, so it is shown, never run. After resolution, every title
   * named in the prose (and every `[[wikilink]]`) is a `link` node whose `url` is the target's
   * url and whose `data.hProperties` carry `className: ['mention']` and `dataTarget: <id>`.
   */
  body: Root;
  /** Front matter `slug:` when given; otherwise the resolver derives one. */
  slug?: string;
  /** Front matter `date:` as an ISO date string (YYYY-MM-DD), when given. */
  date?: string;
  tags: string[];
  /** Front matter `aliases:`: other names of the record (Obsidian's). */
  aliases?: string[];
  /** Front matter `permalink:`, as a site url (`/a/b/`) already checked to stay inside the site. */
  permalink?: string;
  /** `draft: true` or `publish: false`: the loader drops the record before anything is built. */
  unpublished?: true;
  /** Where the title stands in the file. */
  position?: Position;
}

export interface ParsedInquiringLine extends ParsedBase {
  kind: 'inquiring-line';
  sources: ParsedSource[];
  /** N in "Sources N notes"; absent when the file does not say. */
  declaredSourceCount?: number;
  prompt?: ParsedPrompt;
  next: ParsedTitleRef[];
}

export interface ParsedNote extends ParsedBase {
  kind: 'note';
  /** "Source: <collection>"; absent when the note names none. */
  collection?: string;
  related: ParsedRelated[];
  /** The claim-style title under "Original note title". */
  originalTitle?: string;
}

export type ParsedDocument = ParsedInquiringLine | ParsedNote;

// ---------------------------------------------------------------------------------------------
// Resolved records
// ---------------------------------------------------------------------------------------------

/** Fields every resolved record has; the CLI's JSON relies on them. */
export interface RecordBase {
  kind: RecordKind;
  /** Unique across all kinds: `line:<slug>`, `note:<slug>`, `paper:<arxiv id>`, `collection:<slug>`. */
  id: string;
  slug: string;
  /** Site-relative url without path prefix, always starting and ending with `/`. */
  url: string;
  title: string;
  /** Input file the record comes from; `null` for records only known by reference. */
  file: string | null;
}

export interface Source extends ParsedSource {
  /** Id of the note this source is (a full note or a stub). */
  target: string;
}

export interface Related extends ParsedRelated {
  target: string;
}

export interface TitleRef extends ParsedTitleRef {
  /** Id of the line named; `null` when no line has that title (reported, still shown as text). */
  target: string | null;
}

export interface Prompt extends Omit<ParsedPrompt, 'papers'> {
  papers: (PaperCitation & { target: string })[];
}

export interface InquiringLine extends RecordBase, Omit<ParsedInquiringLine, 'sources' | 'prompt' | 'next' | 'file' | 'slug'> {
  kind: 'inquiring-line';
  sources: Source[];
  prompt?: Prompt;
  /** Next lines as the file lists them. */
  next: TitleRef[];
  /** Ids of lines that share the most sources, offered when `next` is empty. */
  suggestedNext: string[];
}

/** What one referrer said of a note (its summary as a source, or a related description). */
export interface Testimony {
  /** Id of the record that said it. */
  from: string;
  /** `source` when a line lists the note as a source, `related` when a note relates to it. */
  as: 'source' | 'related';
  text: string;
  /** The relation phrase, for `related`. */
  relation?: string;
}

export interface Note extends RecordBase, Omit<ParsedNote, 'related' | 'file' | 'slug' | 'format'> {
  kind: 'note';
  format: SourceFormat | null;
  related: Related[];
  /** Id of the collection this note belongs to. */
  collectionId?: string;
  /** True for a note known only because other files name it. */
  stub: boolean;
  /** Everything referrers said of this note; for a stub, all there is to show. */
  testimony: Testimony[];
}

export interface Paper extends RecordBase {
  kind: 'paper';
  file: null;
  arxivId: string;
  /** The most precise date any citation gives (e.g. `2025-06` over `2025`). */
  date?: string;
  year?: number;
  /** Ids of the lines whose prompts cite it. */
  citedBy: string[];
}

export interface Collection extends RecordBase {
  kind: 'collection';
  file: null;
  name: string;
  /** Ids of the notes in it, sorted by title. */
  notes: string[];
}

export type AtlasRecord = InquiringLine | Note | Paper | Collection;

// ---------------------------------------------------------------------------------------------
// The graph
// ---------------------------------------------------------------------------------------------

export type EdgeKind = 'source' | 'related' | 'mention' | 'next' | 'cites' | 'in';

export interface GraphNode {
  id: string;
  kind: RecordKind;
  title: string;
  url: string;
  stub?: boolean;
  /** Collection id, for notes that have one (filtering in the network view). */
  collection?: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  /** The relation phrase, for `related` edges. */
  label?: string;
  /** `true` for `next` edges the resolver suggested rather than the file listed. */
  suggested?: boolean;
}

export interface Graph {
  /** Sorted by id, so output is deterministic. */
  nodes: GraphNode[];
  /** Unique by (source, target, kind); sorted. */
  edges: GraphEdge[];
}

/** A diagnostic as the CLI prints it and the JSON carries it (flattened from a VFile message). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  ruleId: string;
  source: string;
}

/** Everything the resolver produces: the one model the site is a view of. */
export interface Atlas {
  lines: InquiringLine[];
  notes: Note[];
  papers: Paper[];
  collections: Collection[];
  graph: Graph;
  /** Files (images, PDFs…) the notes link to or embed, copied into the site; absent when none. */
  attachments?: VaultAttachment[];
}

/** A file of the notes folder a note uses, published at `url` (see `resolve/vault-attachments.ts`). */
export interface VaultAttachment {
  /** Path in the notes folder, `/`-separated. */
  path: string;
  /** Site-relative url of its copy. */
  url: string;
}
