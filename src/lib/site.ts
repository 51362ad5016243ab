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
