// A compressing front for tests/e2e/serve.mjs: static hosts (GitHub Pages, Netlify, any
// CDN) compress text and wasm, serve.mjs does not. The bench runs Lighthouse through gzip,
// so the network part of the page-load figures can be told apart from the CPU part, and
// times the throttled first visit through gzip -9 and through brotli 11 (issue 18's two
// budgets), with the very bytes bench/sizes.mjs counts.
//
// Headless Chromium 156 sends `Accept-Encoding: gzip, deflate, br, zstd` to
// http://127.0.0.1 (checked by hand: brotli is not kept to HTTPS there), so brotli is
// served only when asked for, as a host would.

import { createServer, request as httpRequest } from 'node:http';
import { brotli11, gzip9 } from './sizes.mjs';

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|javascript|manifest\+json|xml)|image\/svg\+xml)/;
const ENCODERS = { gzip: (data) => gzip9(data), br: (data, name) => brotli11(data, name) };

/**
 * Serves what `origin` (an http://host:port URL) serves, compressed with `encoding`
 * ('gzip': gzip -9, 'br': brotli 11) when the client accepts it. Each response is
 * compressed once and kept: call `prime(paths)` before timing anything, so no timed
 * request waits for brotli 11 (seconds for a 1 MB wasm).
 */
export async function startCompressingProxy(origin, { encoding = 'gzip' } = {}) {
  const encode = ENCODERS[encoding];
  if (!encode) throw new Error(`bench: no such encoding for the proxy: ${encoding}`);
  const accepts = new RegExp(`\\b${encoding}\\b`);
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
          if (up.statusCode === 200 && COMPRESSIBLE.test(type) && accepts.test(req.headers['accept-encoding'] ?? '') && body.length > 0) {
            const key = `${req.url}\n${body.length}`;
            let packed = cache.get(key);
            if (!packed) {
              // brotli's text mode by the file's name, as sizes.mjs chooses it.
              const name = /\/(\?|$)/.test(req.url) ? 'index.html' : req.url.split('?')[0];
              cache.set(key, (packed = encode(body, name)));
            }
            headers['content-encoding'] = encoding;
            headers['content-length'] = packed.length;
            headers.vary = 'Accept-Encoding';
            res.writeHead(up.statusCode, headers);
            res.end(req.method === 'HEAD' ? undefined : packed);
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
  const url = `http://127.0.0.1:${port}${target.pathname}`;
  return {
    url,
    encoding,
    /** Fetches each of `paths` (relative to the served root; '' is the page) once, to compress it ahead. */
    prime: async (paths) => {
      for (const p of paths) {
        const response = await fetch(new URL(p, url), { headers: { 'accept-encoding': encoding } });
        await response.arrayBuffer();
      }
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The gzip -9 front (the Lighthouse stage's). */
export const startGzipProxy = (origin) => startCompressingProxy(origin, { encoding: 'gzip' });
