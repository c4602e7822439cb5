// A tiny static file server for dist/, with no dependencies (node:http only).
//
//   node tests/e2e/serve.mjs [--root dist/] [--port 8080] [--host 127.0.0.1] [--base /]
//
// or from a test:
//
//   const app = await startServer({ root, port: 0, base: '/rebound/' });
//   ... app.url is e.g. http://127.0.0.1:41234/rebound/ ...
//   await app.close();
//
// `onRequest(req)`, if given, sees every request that reaches the server (a test can count
// what a browser downloaded, as opposed to what its caches answered).
//
// The files of `root` are served under `base` (so the same dist/ can be tried at / and at
// /rebound/); anything outside `base` is a 404. A directory serves its index.html (never a
// listing), every response says Cache-Control: no-cache, and paths that climb out of
// `root` are refused.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository's dist/ (what `trunk build` writes): the default root. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Normalises a base path to start and end with one slash: "rebound" -> "/rebound/". */
function normaliseBase(base = '/') {
  const trimmed = String(base).replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text ? `${text}\n` : undefined);
}

async function handle(req, res, root, base) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  const { pathname, search } = new URL(req.url, 'http://localhost');

  // The base itself without its trailing slash: redirect, so relative URLs resolve.
  if (base !== '/' && pathname === base.slice(0, -1)) {
    return send(res, 301, '', { Location: base + search });
  }
  if (!pathname.startsWith(base)) return send(res, 404, 'Not Found');

  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return send(res, 400, 'Bad Request');
  }
  const segments = relative.split(/[\\/]/);
  if (relative.includes('\0') || segments.includes('..')) return send(res, 403, 'Forbidden');

  let file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'Forbidden');

  let info = await statOrNull(file);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return send(res, 301, '', { Location: `${pathname}/${search}` });
    file = path.join(file, 'index.html');
    info = await statOrNull(file);
  }
  if (!info?.isFile()) return send(res, 404, 'Not Found');

  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves `root` under `base` on host:port (port 0 picks a free one); `onRequest(req)` is
 * called for every request. Resolves to { url, port, close() } once listening.
 */
export async function startServer({ root = DIST_DIR, port = 0, host = '127.0.0.1', base = '/', onRequest } = {}) {
  const rootDir = path.resolve(root);
  const basePath = normaliseBase(base);
  const server = createServer((req, res) => {
    onRequest?.(req);
    handle(req, res, rootDir, basePath).catch((err) => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
      console.error('serve.mjs:', err);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}${basePath}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: DIST_DIR },
      port: { type: 'string', default: process.env.PORT || '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env.BASE || '/' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: bad port "${values.port}"`);
    process.exit(2);
  }
  let server;
  try {
    server = await startServer({ ...values, port });
  } catch (err) {
    const hint = err.code === 'EADDRINUSE' ? ` (port ${port} is in use: try PORT=${port + 1})` : '';
    console.error(`serve.mjs: cannot listen on ${values.host}:${port}: ${err.message}${hint}`);
    process.exit(1);
  }
  console.log(`\nRebound is running at ${server.url}\n(serving ${path.resolve(values.root)}; Ctrl+C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => server.close().then(() => process.exit(0)));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
