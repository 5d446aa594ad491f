/**
 * linkinator over every page of a built site served under a path prefix, anchors included.
 * Links off the site are listed, never fetched.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { listFiles } from './read-page.ts';
import { serveStatic } from './serve-static.ts';

export interface Crawl {
  /** `parent → url (status)`, site-relative. */
  broken: string[];
  /** Links off the site, sorted. */
  external: string[];
  checked: number;
}

export async function crawl(outDir: string, prefix: string): Promise<Crawl> {
  const server = await serveStatic(outDir, prefix);
  const external = new Set<string>();
  try {
    const pages = listFiles(outDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => server.url + f.replace(/index\.html$/, ''));
    const result = await new LinkChecker().check({
      path: pages,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 20_000,
      linksToSkip: (link) => {
        if (link.startsWith(server.origin + '/')) return Promise.resolve(false);
        external.add(link);
        return Promise.resolve(true);
      },
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.parent ?? '?'} → ${l.url} (${l.status ?? 'no status'})`.replaceAll(server.origin, ''));
    return { broken, external: [...external].sort(), checked: result.links.length };
  } finally {
    await server.close();
  }
}
