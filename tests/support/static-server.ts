import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** What the example nginx and Apache configs compress (scripts/deploy/): text, JSON, SVG, wasm. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.wasm']);

export interface ServeOptions {
  /**
   * Compress as the example server configs do (gzip level 6, files over 256 bytes, when the
   * browser asks for it), so that measurements see what a deployed site sends.
   */
  gzip?: boolean;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve a built site the way a plain static web server does (index.html for folders, the
 * site's 404.html for anything missing), on 127.0.0.1 and a free port. `base` mounts the
 * site under a sub-path, as on a government server.
 */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound();
    path = normalize(join(root, path.slice(base.length)));
    if (!path.startsWith(root)) return notFound();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) return notFound();
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.gzip && COMPRESSIBLE.has(extname(path)) && statSync(path).size > 256) {
      if (!acceptsGzip) {
        response.writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding' });
        createReadStream(path).pipe(response);
        return;
      }
      const body = gzipSync(readFileSync(path), { level: 6 });
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(path).pipe(response);

    function notFound() {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      const page = join(root, '404.html');
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
