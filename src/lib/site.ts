/** Site-wide strings and navigation, kept in one place rather than scattered in templates. */
export const SITE = {
  name: 'Co-production Atlas',
  tagline: 'Research on co-production of health and welfare services between public authorities and voluntary organisations in Sweden, Norway, Denmark and Germany.',
  notReported: 'Not reported',
} as const;

export const NAV = [
  { href: '/', label: 'Home' },
  { href: '/studies/', label: 'Studies' },
  { href: '/compare/welfare-regimes/', label: 'Welfare regimes' },
  { href: '/compare/oslo-berlin/', label: 'Oslo–Berlin' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About the data' },
] as const;
