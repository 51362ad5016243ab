/**
 * The site's public address, from one setting: SITE_URL. Canonical links,
 * og:url, JSON-LD, the sitemap, robots.txt, every citation and the data
 * package's homepage are built from it, so a build must not guess it.
 */

/** The address `npm start` serves on: a local preview names it explicitly. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** Why the site's address cannot be used; the message says what to do. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

const HOW = 'Set it to the address the site is served from, e.g. `SITE_URL=https://atlas.example.org npm run build`; for a local preview use `npm start` (it passes SITE_URL=http://localhost:4321).';

/**
 * The origin (scheme, host and port, no trailing slash) of a SITE_URL value.
 * Refuses a missing value, a relative or non-http(s) address, and an address
 * with a path, query or fragment: every link of the site starts at the root.
 */
export function parseSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') {
    throw new SiteUrlError(`SITE_URL is not set: the build writes the site's public address into every page, the sitemap and every citation, and will not guess it. ${HOW}`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SiteUrlError(`SITE_URL="${value}" is not an absolute address (it needs https:// or http://). ${HOW}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteUrlError(`SITE_URL="${value}" is not an http(s) address. ${HOW}`);
  if (url.username || url.password) throw new SiteUrlError(`SITE_URL must not carry a user name or password. ${HOW}`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SiteUrlError(
      `SITE_URL="${value}" has a path, query or fragment: the site must be served from the root of its host (links start at /). On GitHub Pages use a custom domain or a <user>.github.io repository. ${HOW}`,
    );
  }
  return url.origin;
}

/** True for addresses only this machine can reach: a build for them is a local preview. */
export function isLocal(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\./.test(host);
}
