import { parseHTML } from 'linkedom';

/** A link that does not lead anywhere on the built site. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** An off-site link, for review (never fetched by the checker). */
export interface ExternalLink {
  href: string;
  pages: string[];
  /** "https", "http (not encrypted)" or "other scheme". */
  scheme: string;
  host: string;
}

/** A built page: its site path ("/studies/copro/") and HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Resolve a site path to the page it serves, the way a static host does. */
function resolvePage(pathname: string, pages: Map<string, Set<string>>, files: Set<string>): { exists: boolean; ids?: Set<string> } {
  const candidates = pathname.endsWith('/') ? [pathname] : [pathname, `${pathname}/`];
  for (const c of candidates) if (pages.has(c)) return { exists: true, ids: pages.get(c) };
  return { exists: files.has(pathname) };
}

/**
 * Check every internal link and #anchor of a built site. `files` lists the
 * other files a link may point to (CSV downloads, images). Pure: no network.
 */
export function checkLinks(built: readonly BuiltPage[], files: Iterable<string> = []): { broken: BrokenLink[]; external: ExternalLink[] } {
  const pages = new Map<string, Set<string>>();
  const documents = built.map(({ path, html }) => {
    const { document } = parseHTML(html);
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
    for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    pages.set(path, ids);
    return { path, document };
  });
  const fileSet = new Set(files);
  const broken: BrokenLink[] = [];
  const external = new Map<string, ExternalLink>();
  for (const { path, document } of documents) {
    const refs = [
      ...[...document.querySelectorAll('a[href]')].map((el) => el.getAttribute('href')!),
      ...[...document.querySelectorAll('link[href]')].map((el) => el.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src')!),
    ];
    for (const href of refs) {
      const url = new URL(href, `https://site.invalid${path}`);
      if (url.host !== 'site.invalid') {
        const key = url.href;
        const entry = external.get(key) ?? { href: key, pages: [], scheme: url.protocol === 'https:' ? 'https' : url.protocol === 'http:' ? 'http (not encrypted)' : 'other scheme', host: url.host };
        if (!entry.pages.includes(path)) entry.pages.push(path);
        external.set(key, entry);
        continue;
      }
      const target = resolvePage(decodeURIComponent(url.pathname), pages, fileSet);
      if (!target.exists) {
        broken.push({ page: path, href, reason: `no page or file at ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.ids && !target.ids.has(fragment)) {
        const near = [...target.ids].filter((id) => id[0] === fragment[0]).slice(0, 5);
        broken.push({ page: path, href, reason: `the page has no element with id "${fragment}"${near.length ? ` (similar: ${near.join(', ')})` : ''}` });
      }
    }
  }
  return { broken, external: [...external.values()].sort((a, b) => a.href.localeCompare(b.href)) };
}
