/**
 * The site's Content-Security-Policy, declared once: the layout puts it in a
 * <meta> element and the build writes it, with the other security headers, to
 * dist/_headers for static hosts that read that file (Netlify, Cloudflare Pages).
 *
 * Scripts only from this origin and never inline; 'wasm-unsafe-eval' lets
 * Pagefind compile its WebAssembly search core. Styles allow inline style
 * attributes because Plot's server-rendered SVG carries them.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy for a <meta http-equiv> element (frame-ancestors is ignored there). */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** Headers every response should carry. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; '),
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file for static hosts. */
export function headersFile(): string {
  const lines = ['# Security headers for every page; generated from src/lib/security.ts by the build.', '/*'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}
