// Mermaid draws the page's diagrams on load; this only picks its dark theme for a dark page.
/* global mermaid */
if (typeof mermaid !== 'undefined') {
  mermaid.initialize({ startOnLoad: true, theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default' });
}
