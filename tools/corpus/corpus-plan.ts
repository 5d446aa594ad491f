/**
 * The corpus plan: every structural decision about the corpus, as data. `planCorpus` makes it,
 * the renderers turn it into text, and tests compare the text against it.
 */
import type { CorpusOptions } from './options.ts';
import type { PaperPlan } from './papers.ts';
import type { FileQuirks } from './quirks.ts';
import type { PromptPlan } from './research-prompt.ts';

/** A note title and what is said of it everywhere it is named. */
export interface NoteTitlePlan {
  title: string;
  collection: string;
  /** False for titles only cited by other files (stubs). */
  written: boolean;
  deck: string;
  /** The summary lines give it as a source. */
  finding: string;
  originalTitle: string;
}

interface FilePlanBase {
  path: string;
  format: 'export' | 'markdown';
  quirks: FileQuirks;
}

export interface LineFilePlan extends FilePlanBase {
  kind: 'inquiring-line';
  title: string;
  summary: string;
  /** The collection the line draws most of its sources from. */
  theme: string;
  sources: NoteTitlePlan[];
  /** N in "Sources N notes": `sources.length` unless `quirks.wrongSourceCount`. */
  declaredSourceCount: number;
  /** Source titles the body names inline. */
  mentions: string[];
  prompt: PromptPlan;
  next: string[];
}

export interface RelatedPlan {
  title: string;
  description: string;
  relation: string;
}

export interface NoteFilePlan extends FilePlanBase {
  kind: 'note';
  note: NoteTitlePlan;
  related: RelatedPlan[];
  /** Related titles the body names inline. */
  mentions: string[];
}

export type FilePlan = LineFilePlan | NoteFilePlan;

export interface CorpusPlan {
  options: CorpusOptions;
  collections: string[];
  papers: PaperPlan[];
  notes: NoteTitlePlan[];
  lines: LineFilePlan[];
  noteFiles: NoteFilePlan[];
}
