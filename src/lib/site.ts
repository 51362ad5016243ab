import { PREVIEW_ORIGIN, parseSiteUrl } from './site-url.ts';

/** Site-wide strings and navigation, kept in one place rather than scattered in templates. */
export const SITE = {
  name: 'Co-production Atlas',
  tagline: 'Research on co-production of health and welfare services between public authorities and voluntary organisations in Sweden, Norway, Denmark and Germany.',
  notReported: 'Not reported',
} as const;

/**
 * The public origin of the site, for canonical addresses, the sitemap and
 * citations: SITE_URL (see src/lib/site-url.ts). A build refuses to run
 * without it; code run outside a build (unit tests, dev) gets the local
 * preview address.
 */
export const SITE_ORIGIN = process.env.SITE_URL ? parseSiteUrl(process.env.SITE_URL) : PREVIEW_ORIGIN;

/**
 * Where readers report an error: the repository's "new issue" address, one setting
 * (ATLAS_ISSUES_URL, e.g. https://github.com/<owner>/<repo>/issues/new). Without it, the
 * "Suggest a correction" links lead to the About page's section on corrections.
 */
export const ISSUES_URL = process.env.ATLAS_ISSUES_URL?.trim() || undefined;

/** A "Suggest a correction" address for a page, prefilled where the tracker takes a title and body. */
export function correctionHref(path: string, what: string): string {
  if (!ISSUES_URL) return '/about/#corrections';
  const url = new URL(ISSUES_URL);
  url.searchParams.set('title', `Correction: ${what}`.slice(0, 120));
  url.searchParams.set('body', `Page: ${new URL(path, SITE_ORIGIN).href}\n\nWhat is wrong, and the source that says otherwise (its address and its words):\n`);
  return url.href;
}

export const NAV = [
  { href: '/studies/', label: 'Studies' },
  { href: '/countries/', label: 'Countries' },
  { href: '/themes/', label: 'Themes' },
  { href: '/findings/', label: 'Findings' },
  { href: '/compare/', label: 'Compare' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/sdg/', label: 'SDGs' },
  { href: '/data/', label: 'Data' },
  { href: '/explore/', label: 'Explore' },
  { href: '/about/', label: 'About' },
] as const;
