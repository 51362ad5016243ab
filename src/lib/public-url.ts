/**
 * The address a reader should open for a source. Some pages were read at a publisher's internal
 * host (Cambridge Core's "core-varnish-new.prod.aop.cambridge.org" and "core-cms.prod.aop…"),
 * or through a library's EZproxy ("www-cambridge-org.ezproxy….org", the publisher's host with
 * its dots turned into hyphens), both serving the same paths as the public www.cambridge.org.
 * The data keeps the address as read; links and citations use the public one.
 */
const PUBLIC_HOSTS: Record<string, string> = {
  'core-varnish-new.prod.aop.cambridge.org': 'www.cambridge.org',
  'core-cms.prod.aop.cambridge.org': 'www.cambridge.org',
  'www-cambridge-org.ezproxyberklee.flo.org': 'www.cambridge.org',
};

export function publicUrl(address: string): string {
  try {
    const url = new URL(address);
    const host = PUBLIC_HOSTS[url.hostname];
    if (!host) return address;
    url.hostname = host;
    url.protocol = 'https:';
    return url.href;
  } catch {
    return address;
  }
}
