/**
 * "Copy with sources": the research prompt, then what it refers to — the line's deck, synthesis
 * and sources, taken from the line's Markdown twin, which puts them before its
 * `## Research prompt` heading. Pure, shared by the copy script and the twin writer.
 */

/** The heading that ends the prompt's context in a line's Markdown twin. */
export const PROMPT_HEADING = '## Research prompt';

export const CONTEXT_INTRO = 'The inquiring line this prompt comes from, with its synthesis and sources:';

/** The context part of a line's twin: everything before its research prompt. */
export function contextOfTwin(twin: string): string {
  const end = twin.indexOf(`\n${PROMPT_HEADING}\n`);
  return (end === -1 ? twin : twin.slice(0, end)).trim();
}

/** What "Copy with sources" puts on the clipboard. */
export function promptWithContext(prompt: string, twin: string): string {
  return `${prompt}\n\n---\n\n${CONTEXT_INTRO}\n\n${contextOfTwin(twin)}\n`;
}
