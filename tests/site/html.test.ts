import { describe, expect, it } from 'vitest';
import { html, isRawHtml, raw } from '../../src/site/render/html.ts';

describe('html tagged template', () => {
  it('escapes interpolated text', () => {
    expect(html`<p title="${'a"b'}">${'<script>&'}</p>`.value).toBe('<p title="a&quot;b">&lt;script&gt;&amp;</p>');
  });

  it('inserts raw() and nested html as is, joins arrays, skips null, undefined and false', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${raw('<br>')}${0}`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul><br>0');
  });

  it('recognises HTML made by another copy of the module by its registered brand', () => {
    const foreign = { [Symbol.for('inquiry-atlas.raw-html')]: true, value: '<b>x</b>' };
    expect(isRawHtml(foreign)).toBe(true);
    expect(isRawHtml({ value: '<b>x</b>' })).toBe(false);
    expect(html`${foreign as never}`.value).toBe('<b>x</b>');
  });
});
