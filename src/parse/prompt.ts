/**
 * The research prompt: an optional intro paragraph ("Copy into ChatGPT or Claude…"), then the
 * prompt itself. `text` is the exact copy text, `display` the same lines as Markdown for reading.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { ParsedPrompt } from '../model.ts';
import { blocksToRoot, lineBlocks } from './blocks.ts';
import { findCitations } from './arxiv.ts';
import { isBlank, joinedText, joinLines, spanOf, type SourceLine } from './lines.ts';
import { isUiString } from './ui-strings.ts';

/** The exporting app's sentence introducing the prompt; anything else is prompt. */
export const PROMPT_INTRO = /^Copy\b.*\binto\b/i;

/**
 * `lines` are the section's lines after its heading. Returns `undefined` (reported) when the
 * section holds nothing.
 */
export function parsePrompt(lines: readonly SourceLine[], heading: SourceLine, file: VFile, source?: string): ParsedPrompt | undefined {
  let index = 0;
  const skipBlank = (): void => {
    while (index < lines.length && isBlank(lines[index] as SourceLine)) index++;
  };
  // An `expand ↓` control on a line of its own belongs to the heading.
  while (index < lines.length && (isBlank(lines[index] as SourceLine) || isUiString((lines[index] as SourceLine).text))) index++;

  const introLines: SourceLine[] = [];
  if (PROMPT_INTRO.test(lines[index]?.text.trim() ?? '')) {
    while (index < lines.length && !isBlank(lines[index] as SourceLine)) introLines.push(lines[index++] as SourceLine);
  }
  skipBlank();
  let end = lines.length;
  while (end > index && isBlank(lines[end - 1] as SourceLine)) end--;
  const promptLines = lines.slice(index, end);
  const last = promptLines.at(-1) ?? introLines.at(-1);

  if (last === undefined) {
    report(file, 'Unexpected empty research prompt, expected the prompt text', spanOf(heading), 'incomplete-entry');
    return undefined;
  }
  if (promptLines.length === 0) {
    report(file, 'Unexpected research prompt with only an intro, expected the prompt text', spanOf(heading), 'incomplete-entry');
  }
  return {
    intro: joinLines(introLines),
    text: joinedText(promptLines, source),
    display: blocksToRoot(lineBlocks(promptLines)),
    papers: findCitations(promptLines, file),
    position: spanOf(heading, last),
  };
}
