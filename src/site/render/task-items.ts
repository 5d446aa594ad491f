import type { Element } from 'hast';

/**
 * A task item's checkbox (`- [ ]`, `- [x]`) is shown, never edited: it says in words what it
 * shows, since a checkbox without a label is announced as nothing but "checkbox".
 */
export function labelTaskCheckbox(element: Element): void {
  if (element.tagName !== 'input' || element.properties.type !== 'checkbox') return;
  element.properties.ariaLabel = element.properties.checked ? 'Done' : 'Not done';
}
