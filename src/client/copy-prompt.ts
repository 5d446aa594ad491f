/**
 * "Copy prompt": puts the exact prompt text (Markdown and line breaks as in the source) on the
 * clipboard. The button's `data-copy-prompt` names where the text is kept: an "Open in …" link
 * (its `q` parameter) or a hidden textarea. Falls back to `execCommand('copy')` where the
 * Clipboard API is missing or refused, and says what happened in the polite live region.
 */

const CLEAR_AFTER_MS = 4000;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-prompt]')) {
  button.addEventListener('click', () => void copyPrompt(button));
}

async function copyPrompt(button: HTMLButtonElement): Promise<void> {
  const text = promptText(document.getElementById(button.dataset.copyPrompt ?? ''));
  if (text === undefined) return;
  const copied = (await writeClipboard(text)) || copyWithSelection(text, button);
  const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
  if (!status) return;
  // Emptied first, so a second "Copied" is announced again.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = copied ? 'Copied' : 'Could not copy: expand the prompt and select its text';
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
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  buffer.remove();
  returnFocusTo.focus();
  return copied;
}
