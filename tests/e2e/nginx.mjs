// Serves a build with Debian's nginx, configured by the project's own deploy/nginx.conf:
// what a real host does that tests/e2e/serve.mjs doesn't (precompressed files, ETag and
// Last-Modified, the headers). Each server is its own nginx process on 127.0.0.1 and a free
// port, with a temporary prefix; no system nginx is involved.
//
//   const site = await startNginx({ root: DIST_DIR, base: '/rebound/' });
//   ... site.url is e.g. http://127.0.0.1:41234/rebound/ ...
//   site.serve(otherBuild);         // the next request gets another build (a new release)
//   await site.stop();              // the host is gone (offline), same port kept
//   await site.start();             // and back
//   site.log();                     // the access log: [{ status, method, path, acceptEncoding, contentEncoding, ifNoneMatch, ifModifiedSince }]
//   await site.close();
//
// The served files are copies in the prefix (the workers run as nobody when nginx starts
// as root, and a checkout under /root is not theirs to read).

import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DIST_DIR } from './serve.mjs';

export const NGINX = process.env.NGINX || '/usr/sbin/nginx';
export const NGINX_CONF = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');
const MODULES = '/usr/lib/nginx/modules';
const BROTLI_MODULE = `${MODULES}/ngx_http_brotli_static_module.so`;
const MIME_TYPES = '/etc/nginx/mime.types';

/** A port that was free a moment ago on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Replaces exactly one line of `conf` that matches `re`, or fails: the config must not drift. */
function replaceOne(conf, re, replacement, what) {
  const found = conf.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? [];
  if (found.length !== 1) {
    throw new Error(`deploy/nginx.conf: expected one ${what} line, found ${found.length}: the test cannot adapt it`);
  }
  return conf.replace(re, replacement);
}

/**
 * The project's server config for this test server: listening on 127.0.0.1:port only,
 * serving `root`. Everything else is deploy/nginx.conf as it is.
 */
export function siteConfig({ port, root }) {
  let conf = readFileSync(NGINX_CONF, 'utf8');
  conf = replaceOne(conf, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`, '`listen 80;`');
  conf = replaceOne(conf, /^\s*listen \[::\]:80;\n/m, '', '`listen [::]:80;`');
  conf = replaceOne(conf, /^(\s*)server_name [^;]+;$/m, '$1server_name 127.0.0.1;', '`server_name`');
  conf = replaceOne(conf, /^(\s*)root [^;]+;$/m, `$1root ${root};`, '`root`');
  return conf;
}

function makeReadable(dir) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeReadable(full);
    else if (entry.isFile()) chmodSync(full, 0o644);
  }
}

/** Sets the modification time of every file under `dir` (nginx's ETag and Last-Modified come from it). */
export function touchTree(dir, date) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) touchTree(full, date);
    else if (entry.isFile()) utimesSync(full, date, date);
  }
}

async function get(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'HEAD' }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

const LOG_FORMAT =
  "log_format rebound escape=json '{\"status\":$status,\"method\":\"$request_method\",\"path\":\"$uri\"," +
  '"request":"$request_uri","acceptEncoding":"$http_accept_encoding","contentEncoding":"$sent_http_content_encoding",' +
  "\"ifNoneMatch\":\"$http_if_none_match\",\"ifModifiedSince\":\"$http_if_modified_since\",\"bytes\":$body_bytes_sent}';";

/**
 * Starts nginx serving a copy of `root` under `base` on 127.0.0.1 (a free port unless
 * `port` is given). Resolves once it answers.
 */
export async function startNginx({ root = DIST_DIR, base = '/', port } = {}) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run scripts/setup.sh (it installs nginx)`);
  if (!existsSync(BROTLI_MODULE)) {
    throw new Error(`${BROTLI_MODULE} is missing: run scripts/setup.sh (it installs libnginx-mod-http-brotli-static)`);
  }
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${path.join(root, 'index.html')} is missing: build the app first (make build, or scripts/build.sh)`);
  }
  const basePath = `/${String(base).replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'rebound-nginx-'));
  for (const dir of ['logs', 'tmp', 'builds']) mkdirSync(path.join(prefix, dir));
  // The document root: for '/', a link to the build; under a sub-path, a directory that
  // holds a link named after it. serve() swaps the link in one rename.
  const docroot = path.join(prefix, 'www');
  const link = basePath === '/' ? docroot : path.join(docroot, basePath.slice(1, -1));
  mkdirSync(path.dirname(link), { recursive: true });
  makeReadable(prefix);

  let builds = 0;
  const serve = (dir) => {
    const copy = path.join(prefix, 'builds', String(++builds));
    cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
    makeReadable(copy);
    const tmpLink = `${link}.new`;
    rmSync(tmpLink, { force: true });
    symlinkSync(copy, tmpLink);
    renameSync(tmpLink, link);
    return copy;
  };
  serve(root);

  const conf = path.join(prefix, 'nginx.conf');
  const accessLog = path.join(prefix, 'logs', 'access.log');
  const errorLog = path.join(prefix, 'logs', 'error.log');
  const writeConf = (listenPort) => {
    const tmp = path.join(prefix, 'tmp');
    const text = [
      '# Generated by tests/e2e/nginx.mjs around deploy/nginx.conf.',
      `load_module ${BROTLI_MODULE};`,
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `    include ${MIME_TYPES};`,
      '    default_type application/octet-stream;',
      '    sendfile on;',
      `    ${LOG_FORMAT}`,
      `    access_log ${accessLog} rebound;`,
      `    client_body_temp_path ${tmp}/body;`,
      `    proxy_temp_path ${tmp}/proxy;`,
      `    fastcgi_temp_path ${tmp}/fastcgi;`,
      `    uwsgi_temp_path ${tmp}/uwsgi;`,
      `    scgi_temp_path ${tmp}/scgi;`,
      '',
      siteConfig({ port: listenPort, root: docroot }),
      '}',
      '',
    ].join('\n');
    writeFileSyncSafe(conf, text);
  };

  let child = null;
  let actualPort = port;
  const start = async () => {
    if (child) return;
    for (let attempt = 0; ; attempt++) {
      const listenPort = actualPort ?? (await freePort());
      writeConf(listenPort);
      const proc = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
      const url = `http://127.0.0.1:${listenPort}${basePath}`;
      const deadline = Date.now() + 10_000;
      let up = false;
      while (Date.now() < deadline) {
        const done = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 50))]);
        if (done) break;
        try {
          await get(url);
          up = true;
          break;
        } catch {
          // not listening yet
        }
      }
      if (up) {
        child = { proc, exited };
        actualPort = listenPort;
        return;
      }
      proc.kill('SIGKILL');
      await exited;
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
      // Someone took the free port in the meantime: try another one (only if we chose it).
      if (port === undefined && actualPort === undefined && attempt < 3 && /Address already in use/.test(log + stderr)) continue;
      throw new Error(`nginx did not start on 127.0.0.1:${listenPort}:\n${stderr}${log}`);
    }
  };
  const stop = async () => {
    if (!child) return;
    const { proc, exited } = child;
    child = null;
    proc.kill('SIGTERM'); // fast shutdown: open connections are closed
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    get url() {
      return `http://127.0.0.1:${actualPort}${basePath}`;
    },
    get port() {
      return actualPort;
    },
    prefix,
    /** Serves a copy of `dir` from the next request on (as a deploy would). */
    serve,
    start,
    stop,
    /** The access log so far, one object per request. */
    log() {
      if (!existsSync(accessLog)) return [];
      return readFileSync(accessLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    },
    /** nginx's own warnings and errors so far. */
    errors() {
      return existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
    },
    async close() {
      await stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function writeFileSyncSafe(file, text) {
  // Written in full, then renamed: nginx never reads half a file.
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
