import type { Root } from 'mdast';
import type { RawHtml } from '../render/html.ts';
import { raw } from '../render/html.ts';
import { renderMarkdown } from '../render/render-markdown.ts';
import type { SiteData } from '../data/site-data.ts';

/**
 * A record body or prompt as HTML, with mention previews and paper links; `idPrefix` keeps the
 * preview ids of several blocks on one page apart.
 */
export function markdownBlock(site: SiteData, tree: Root, idPrefix: string): RawHtml {
  return raw(
    renderMarkdown(tree, {
      pathPrefix: site.config.pathPrefix,
      previewOf: (id) => {
        const summary = site.summaryOf(id);
        return summary === undefined ? undefined : site.plain(summary);
      },
      idPrefix,
      paperUrls: site.paperUrls,
    }),
  );
}
