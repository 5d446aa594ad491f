/**
 * `$inline$` and `$$display$$` math as MathML, rendered at build time by KaTeX: browsers draw
 * MathML themselves, so a page with math loads no script and no font. KaTeX's output keeps the
 * TeX source in an `<annotation>`, so the text is still there for search engines and the
 * "nothing lost" check. TeX KaTeX cannot read shows as the source, in the error's colour.
 */
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent } from 'hast';

/** The MathML for a math element from mdast-util-math (`code.math-inline`, `pre > code.math-display`), else `undefined`. */
export function mathElement(element: Element): Element | undefined {
  const display = element.tagName === 'pre' && element.children.length === 1 && hasClass(element.children[0], 'math-display');
  if (!display && !(element.tagName === 'code' && hasClass(element, 'math-inline'))) return undefined;
  const tex = textOf(element);
  let markup: string;
  try {
    // `trust: false` (the default) keeps \href, \url and \htmlClass from reaching the page.
    markup = katex.renderToString(tex, { output: 'mathml', displayMode: display, throwOnError: false, strict: 'ignore', trust: false });
  } catch {
    return { type: 'element', tagName: 'code', properties: { className: ['math-error'] }, children: [{ type: 'text', value: tex }] };
  }
  const children = fromHtml(markup, { fragment: true }).children.filter((c): c is Element => c.type === 'element');
  const inner: ElementContent[] = children.length > 0 ? children : [{ type: 'text', value: tex }];
  return { type: 'element', tagName: display ? 'div' : 'span', properties: { className: [display ? 'math math-display' : 'math math-inline'] }, children: inner };
}

function hasClass(node: ElementContent | undefined, name: string): boolean {
  if (node?.type !== 'element') return false;
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}
