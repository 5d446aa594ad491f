/**
 * Serve a built site on 127.0.0.1 at a random port, under its path prefix (requests outside the
 * prefix get 404, so a link escaping the prefix fails in the browser as it would on the host).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:PORT/PREFIX/` */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, pathPrefix = '/'): Promise<StaticServer> {
  const serve = sirv(dir, { dev: true, etag: false });
  const notFound = (res: http.ServerResponse): void => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    try {
      res.end(readFileSync(path.join(dir, '404.html')));
    } catch {
      res.end('Not found');
    }
  };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(pathPrefix)) return notFound(res);
    req.url = '/' + url.slice(pathPrefix.length);
    serve(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + pathPrefix,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
