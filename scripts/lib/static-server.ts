import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
};

/** Rules of a Netlify/Cloudflare-style `_headers` file: a path pattern (`/*`, `/dir/*` or exact) and its headers. */
function readHeaders(root: string): { pattern: string; headers: [string, string][] }[] {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, pathname: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern || (pattern === '/' && pathname === '/index.html'));

/**
 * Serve a built site as a static host would: directory index, 404.html, the
 * `_headers` file, on loopback only. For tests and benchmarks; not a production server.
 */
export async function serveStatic(root: string, { gzip = false }: { gzip?: boolean } = {}): Promise<{ url: string; server: Server }> {
  const headers = readHeaders(root);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      if (!pathname.endsWith('/') && existsSync(path.join(root, pathname, 'index.html'))) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      status = 404;
      file = path.join(root, '404.html');
    }
    // Hosts (Netlify, Cloudflare Pages) merge the values of every matching rule, joined by a comma.
    for (const rule of headers) {
      if (!matches(rule.pattern, pathname)) continue;
      for (const [k, v] of rule.headers) {
        const before = res.getHeader(k);
        res.setHeader(k, before === undefined ? v : `${String(before)}, ${v}`);
      }
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Compress text and WebAssembly as a static host or CDN would (Pagefind's index files are compressed already).
    if (gzip && /gzip/.test(String(req.headers['accept-encoding'])) && (/^(text|application\/(json|javascript|wasm|xml))|svg/.test(type))) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.byteLength, vary: 'accept-encoding' });
      res.end(body);
      return;
    }
    res.writeHead(status, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
