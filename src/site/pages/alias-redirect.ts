/** `/notes/<alias>/`: sends the reader on to the note the alias names. */
import { html } from '../render/html.ts';
import type { SiteData } from '../data/site-data.ts';
import type { AliasRedirect } from '../data/alias-redirects.ts';

export function renderAliasRedirect(site: SiteData, redirect: AliasRedirect): string {
  const target = site.href(redirect.target);
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="${site.config.language}">
<head>
<meta charset="utf-8">
<title>${redirect.title} · ${site.config.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${site.absolute(redirect.target)}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<main>
<p>“${redirect.alias}” is another name of <a href="${target}">${redirect.title}</a>.</p>
</main>
</body>
</html>
`.value
  );
}
