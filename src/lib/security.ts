/**
 * The site's Content-Security-Policy, declared once: the layout puts it in a
 * <meta> element and the build writes it, with the other security headers, to
 * dist/_headers for static hosts that read that file (Netlify, Cloudflare Pages).
 *
 * Scripts only from this origin and never inline. Styles allow inline style
 * attributes because Plot's SVG carries them.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Pages that need more than the default policy, and why: only the search page,
 * whose Pagefind core is WebAssembly. The explorer used to need 'unsafe-eval' because Arquero compiles its expressions
 * with `new Function` (github.com/uwdata/arquero/issues/361); it now runs
 * Arquero with a compiler made of closures (src/lib/explore/arquero-without-eval.ts),
 * so every page keeps the same policy. An entry here maps a path prefix to its
 * script-src and the reason for it.
 */
export const CSP_EXCEPTIONS: Record<string, { scriptSrc: string; why: string }> = {
  '/search/': { scriptSrc: "script-src 'self' 'wasm-unsafe-eval'", why: 'Pagefind compiles its WebAssembly search core; only the search page loads it' },
};

/** The policy of a page, by its site path. */
export function cspFor(path: string): string[] {
  const exception = Object.entries(CSP_EXCEPTIONS).find(([prefix]) => path.startsWith(prefix))?.[1];
  return CSP_DIRECTIVES.map((d) => (exception && d.startsWith('script-src') ? exception.scriptSrc : d));
}

/** The policy for a <meta http-equiv> element (frame-ancestors is ignored there). */
export function cspMeta(path: string): string {
  return cspFor(path).join('; ');
}

/** Headers every response should carry, besides its CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // interest-cohort (FLoC) is gone from browsers and from this list.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers that ignore frame-ancestors, and for addresses no section rule matches (a 404 anywhere).
  'X-Frame-Options': 'DENY',
};

/**
 * The part of the policy that holds on every address, including a 404 for a
 * path no section rule matches: hosts merge the CSP values of all matching
 * rules (each is enforced), so this adds only what a <meta> cannot carry and
 * what no page needs, and the 404 page's own <meta> policy does the rest.
 */
export const CSP_EVERYWHERE = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/** The CSP header value for a path, with frame-ancestors (which a <meta> cannot carry). */
export function cspHeader(path: string): string {
  return [...cspFor(path), "frame-ancestors 'none'"].join('; ');
}

/**
 * The `_headers` file for static hosts: common headers for every path, and the
 * CSP per top-level section, so a section with an exception never also gets
 * the default policy (hosts merge the values of rules that both match).
 */
export function headersFile(topLevel: readonly string[]): string {
  const lines = ['# Security headers; generated from src/lib/security.ts by the build.', '/*'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Content-Security-Policy: ${CSP_EVERYWHERE}`);
  const paths = ['/', '/404.html', ...[...topLevel].sort().map((dir) => `/${dir}/*`)];
  for (const p of paths) {
    lines.push('', p, `  Content-Security-Policy: ${cspHeader(p.replace(/\*$/, ''))}`);
  }
  return `${lines.join('\n')}\n`;
}
