/**
 * The copy buttons, and the "Open in …" links' prompts; all hidden in the page until this
 * script shows them. "Copy prompt" puts the exact prompt text (Markdown and line breaks as in the
 * source) on the clipboard; its `data-copy-prompt` names where the text is kept: an "Open in …"
 * link (its `q` parameter) or a hidden textarea. "Copy with sources" (`data-copy-context`) adds
 * the line's deck, synthesis and sources from its Markdown twin; "Copy note"
 * (`data-copy-markdown`) copies a note's twin whole. Both fetch the twin on click.
 *
 * Falls back to `execCommand('copy')` where the Clipboard API is missing or refused, and says
 * what happened in the polite live region.
 */
import { promptWithContext } from './prompt-context.ts';

const CLEAR_AFTER_MS = 4000;

for (const button of document.querySelectorAll<HTMLButtonElement>('button:is([data-copy-prompt],[data-copy-markdown],[data-copy-page])')) {
  button.addEventListener('click', () => void copy(button));
  button.hidden = false;
}

// "Open in …" links after the first carry no prompt in the page (see research-prompt.ts): their
// `q` is the first link's. They are hidden until they have it.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-prompt-from]')) {
  const prompt = promptText(document.getElementById(link.dataset.promptFrom ?? ''));
  if (prompt === undefined) continue;
  link.href = `${link.href.split('?')[0]}?q=${encodeURIComponent(prompt)}`;
  link.hidden = false;
}

/** The text a button copies; a promise when it has to be fetched first. */
function textFor(button: HTMLButtonElement): string | Promise<string> | undefined {
  const { copyPrompt, copyContext, copyMarkdown, copyPage, copyContextPage } = button.dataset;
  if (copyMarkdown) return fetchText(copyMarkdown);
  // A site built without Markdown twins: the text on the page is what there is. Loaded on
  // click, so the pages of a site with twins carry none of it.
  if (copyPage !== undefined) return pageText(button);
  const prompt = promptText(document.getElementById(copyPrompt ?? ''));
  if (prompt === undefined) return undefined;
  const context = copyContextPage !== undefined ? pageText(button) : copyContext ? fetchText(copyContext) : undefined;
  return context ? context.then((text) => promptWithContext(prompt, text)) : prompt;
}

async function pageText(button: HTMLButtonElement): Promise<string> {
  return (await import('./page-text.ts')).articleText(button);
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.text();
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const text = textFor(button);
  if (text === undefined) return;
  const copied = typeof text === 'string' ? (await writeClipboard(text)) || copyWithSelection(text, button) : await writeFetched(text, button);
  const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
  if (!status) return;
  // Emptied first, so a second "Copied" is announced again.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = copied ? 'Copied' : button.dataset.copyMarkdown ? 'Could not copy: open the Markdown link instead' : 'Could not copy: expand the prompt and select its text';
    status.dataset.state = copied ? 'copied' : 'failed';
  }, 50);
  window.setTimeout(() => {
    status.textContent = '';
    delete status.dataset.state;
  }, CLEAR_AFTER_MS);
}

function promptText(source: HTMLElement | null): string | undefined {
  if (source instanceof HTMLTextAreaElement) return source.value;
  if (source instanceof HTMLAnchorElement) return new URL(source.href).searchParams.get('q') ?? undefined;
  return undefined;
}

/**
 * Text that is still being fetched: Safari allows a clipboard write only within the click, so
 * the write starts at once with a promise of the text (ClipboardItem); elsewhere the text is
 * awaited and written as usual.
 */
async function writeFetched(text: Promise<string>, button: HTMLButtonElement): Promise<boolean> {
  if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
    try {
      const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return true;
    } catch {
      // Refused, or promises not supported in ClipboardItem: try the plain ways below.
    }
  }
  let value: string;
  try {
    value = await text;
  } catch {
    return false;
  }
  return (await writeClipboard(value)) || copyWithSelection(value, button);
}

async function writeClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The pre-Clipboard-API way: select the text in an off-screen textarea and copy the selection. */
function copyWithSelection(text: string, returnFocusTo: HTMLElement): boolean {
  const buffer = document.createElement('textarea');
  buffer.value = text;
  buffer.readOnly = true;
  buffer.className = 'copy-buffer';
  document.body.append(buffer);
  buffer.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  buffer.remove();
  returnFocusTo.focus();
  return copied;
}
