import type { Element } from 'hast';

/** GFM's `align` attribute is obsolete HTML: a class says the same (`align-right`). */
export function alignCell(element: Element): void {
  if (element.tagName !== 'th' && element.tagName !== 'td') return;
  const align = element.properties.align;
  if (typeof align !== 'string') return;
  delete element.properties.align;
  element.properties.className = [`align-${align}`];
}
