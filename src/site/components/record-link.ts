import type { AtlasRecord } from '../../model.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import { kindKey } from '../data/record-kind.ts';
import type { SiteData } from '../data/site-data.ts';

/** `<a href="/prefix/notes/foo/" data-kind="note">Title</a>` */
export function recordLink(site: SiteData, record: AtlasRecord, text: string = record.title): RawHtml {
  return html`<a href="${site.href(record.url)}" data-kind="${kindKey(record)}">${text}</a>`;
}

/** A link to the record with `id`, or the fallback text when no such record exists. */
export function recordLinkById(site: SiteData, id: string | null, fallback: string): RawHtml {
  const record = id === null ? undefined : site.record(id);
  return record ? recordLink(site, record, fallback) : html`<span class="unresolved">${fallback}</span>`;
}
