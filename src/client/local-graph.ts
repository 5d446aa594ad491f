/**
 * The local graph on every record page. This entry is small: it loads the graph's code (the
 * widget, `graph-local-widget.ts`) only when the graph is about to scroll into view, or once the
 * browser is idle, so a reader who only reads the page does not wait for it, and a page without a
 * local graph loads nothing. Markup and data files: see the site ⇄ graph contract.
 */
const hosts = [...document.querySelectorAll<HTMLElement>('[data-local-graph]')];

if (hosts.length > 0) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void import('./graph-local-widget.ts').then(({ enhance }) => hosts.forEach(enhance));
  };
  const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '800px 0px' }) : undefined;
  for (const host of hosts) observer?.observe(host);
  if (!observer) start();
  // Drawn anyway once the page has loaded and the browser has nothing else to do.
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
