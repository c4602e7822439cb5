// A gzip-compressing front for tests/e2e/serve.mjs: static hosts (GitHub Pages, Netlify,
// any CDN) compress text and wasm, serve.mjs does not. The bench runs Lighthouse both
// ways, so the network part of the page-load figures can be told apart from the CPU part.

import { createServer, request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

/** Serves what `origin` (an http://host:port URL) serves, gzip -9 when the client accepts it. */
export async function startGzipProxy(origin) {
  const target = new URL(origin);
  const cache = new Map();
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (up) => {
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...up.headers };
          const type = String(headers['content-type'] ?? '');
          if (up.statusCode === 200 && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 0) {
            const key = `${req.url}\n${body.length}`;
            let gz = cache.get(key);
            if (!gz) cache.set(key, (gz = gzipSync(body, { level: 9 })));
            headers['content-encoding'] = 'gzip';
            headers['content-length'] = gz.length;
            headers.vary = 'Accept-Encoding';
            res.writeHead(up.statusCode, headers);
            res.end(req.method === 'HEAD' ? undefined : gz);
          } else {
            res.writeHead(up.statusCode, headers);
            res.end(req.method === 'HEAD' ? undefined : body);
          }
        });
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
