// Addresses that other sites, feeds and printouts read. A build knows its public origin only when
// SITE_URL is set; without it the site must never invent one (a development origin such as the
// preview server's would be printed on handouts and pasted into newsrooms' pages).

/** Shown wherever a printed text needs the public address and the build does not know it. */
export const ADDRESS_UNSET = '[public web address not set for this copy]';

/**
 * Marks the origin in copy-paste snippets of a build without a public origin. The page's own
 * origin replaces it in the browser (a few lines in BaseLayout); without JavaScript it stays,
 * plainly a placeholder.
 */
export const ORIGIN_PLACEHOLDER = 'https://public-address-not-set.example';

/**
 * A root-relative path (already joined with the base path) as an address: absolute on the public
 * origin when the build has one, the root-relative path itself otherwise.
 */
export function publicUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** An absolute address for text that is copied elsewhere: the public origin, or the placeholder. */
export function snippetUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? ORIGIN_PLACEHOLDER).href;
}
