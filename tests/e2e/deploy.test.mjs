// The built dist/ is ready for a host, and the three host configurations agree:
//
//   - a .br and a .gz beside every text file (the wasm, JS, HTML, manifest, worker, SVG),
//     each decompressing to the very file, and none left over from an earlier build;
//   - the service worker's precache list and the build version ignore them and _headers;
//   - the JS glue, the worker, and index.html's boot script and style sheet are minified,
//     and the page's integrity digest of the glue is the minified file's;
//   - _headers (Netlify, Cloudflare Pages): the security headers on every path, no-cache
//     on index.html and sw.js, a year's immutable caching on exactly this build's
//     content-hashed files, and no header set by two rules that match one path;
//   - deploy/nginx.conf sends the same security headers;
//   - the GitHub Pages workflow builds with the project's own script and publishes dist/.
//
// No browser. Needs a release build in dist/ (make build).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildVersion, makeBuild } from './builds.mjs';
import { DIST_DIR } from './lib.mjs';

const REPO = path.resolve(import.meta.dirname, '../..');
const TEXT = /\.(html|js|mjs|css|svg|json|webmanifest|wasm|txt|xml|ics|map|ftl)$/;
const HASHED = /^[^/]+-[0-9a-f]{12,16}(_bg)?\.[A-Za-z0-9]+$/;
const SECURITY = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
];

function walk(dir, rel = '') {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}
const all = walk(DIST_DIR);
const served = all.filter((f) => !/\.(br|gz)$/.test(f) && f !== '_headers');

/** The BUILD object post_build wrote into sw.js. */
function swBuild() {
  const sw = readFileSync(path.join(DIST_DIR, 'sw.js'), 'utf8');
  const block = sw.match(/const BUILD = (\{[\s\S]*?\});\n/);
  assert.ok(block, 'sw.js has its BUILD block');
  return JSON.parse(block[1]);
}

/** _headers as [{ path, headers: [[name, value]] }] (Netlify's and Cloudflare's format). */
function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
    } else {
      const [, name, value] = line.match(/^\s+([^:]+):\s*(.*)$/) ?? [];
      assert.ok(name && rules.length, `a header line under a path: "${line}"`);
      rules.at(-1).headers.push([name.trim(), value.trim()]);
    }
  }
  return rules;
}
/** Whether a _headers path (exact, or ending in a /* splat) matches a request path. */
const matches = (rule, requestPath) =>
  rule.endsWith('/*') ? requestPath.startsWith(rule.slice(0, -1)) : rule === requestPath;

test('a .br and a .gz beside every text file, each decompressing to the file itself', () => {
  const text = served.filter((f) => TEXT.test(f));
  for (const kind of ['.wasm', '.js', 'index.html', 'sw.js', 'manifest.webmanifest', '.svg']) {
    assert.ok(text.some((f) => f.endsWith(kind)), `a ${kind} file is compressed`);
  }
  for (const file of text) {
    const bytes = readFileSync(path.join(DIST_DIR, file));
    for (const [ext, decode] of [
      ['br', brotliDecompressSync],
      ['gz', gunzipSync],
    ]) {
      const copy = path.join(DIST_DIR, `${file}.${ext}`);
      assert.ok(existsSync(copy), `${file}.${ext} is there`);
      assert.ok(decode(readFileSync(copy)).equals(bytes), `${file}.${ext} decompresses to ${file}`);
    }
  }
  // Every copy belongs to a text file of this build (none for images, none left over).
  for (const copy of all.filter((f) => /\.(br|gz)$/.test(f))) {
    const original = copy.replace(/\.(br|gz)$/, '');
    assert.ok(served.includes(original) && TEXT.test(original), `${copy} copies a text file of this build`);
  }
  const wasm = text.find((f) => f.endsWith('.wasm'));
  const size = (f) => readFileSync(path.join(DIST_DIR, f)).length;
  assert.ok(size(`${wasm}.br`) < size(`${wasm}.gz`) && size(`${wasm}.gz`) < size(wasm) / 2, 'brotli < gzip < half the wasm');
});

test('the precache list and the build version leave out the copies and _headers', () => {
  const build = swBuild();
  const listed = [...Object.keys(build.immutable), ...build.checked, ...build.onUse];
  for (const entry of listed) {
    assert.doesNotMatch(entry, /\.(br|gz)$|_headers$/, `${entry} is not precached`);
  }
  // Every file the app serves is in one of the lists.
  for (const file of served.filter((f) => f !== 'index.html' && f !== 'sw.js')) {
    assert.ok(listed.includes(file), `${file} is listed`);
  }
  // The same build without its copies, with another _headers, has the same version.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rebound-deploy-'));
  try {
    const version = makeBuild(DIST_DIR, path.join(tmp, 'copy'), {
      edit: (dir) => {
        for (const f of walk(dir).filter((f) => /\.(br|gz)$/.test(f))) rmSync(path.join(dir, f));
        appendFileSync(path.join(dir, '_headers'), '\n# changed\n');
      },
    });
    assert.equal(version, buildVersion(DIST_DIR));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('what a first visit downloads besides the wasm is minified, and the page holds the glue\'s own digest', () => {
  // Minified code has no indented line: a source comment or block left in would show as one
  // (the sources have hundreds).
  const indented = (text) => text.split('\n').filter((line) => /^[ \t]+\S/.test(line));
  const glue = served.find((f) => HASHED.test(f) && f.endsWith('.js'));
  const glueBytes = readFileSync(path.join(DIST_DIR, glue));
  assert.deepEqual(indented(glueBytes.toString('utf8')), [], `${glue} is minified`);
  const sw = readFileSync(path.join(DIST_DIR, 'sw.js'), 'utf8');
  assert.deepEqual(indented(sw), [], 'sw.js is minified, its build block too');
  assert.doesNotMatch(sw, /\/\/ /, 'sw.js keeps no line comment');

  const html = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1);
  assert.deepEqual(indented(styles[0]), [], 'the style sheet is minified');
  // The boot screen's two scripts (trunk's module loader is left as trunk writes it).
  const boot = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(boot.some((s) => s.includes('reboundBootPainted')), 'index.html has the boot screen\'s first script');
  assert.ok(boot.some((s) => s.includes('reboundBootWords.then')), 'index.html has the boot screen\'s words script');
  for (const script of boot) assert.deepEqual(indented(script), [], 'the boot screen\'s scripts are minified');

  // The browser refuses a preloaded module whose bytes do not match the link's digest.
  const link = html.match(new RegExp(`<link rel="modulepreload" href="\\./${glue.replace(/\./g, '\\.')}"[^>]*integrity="([^"]+)"`));
  assert.ok(link, `index.html preloads ${glue} with an integrity digest`);
  assert.equal(link[1], `sha384-${createHash('sha384').update(glueBytes).digest('base64')}`);
});

test('_headers: security headers everywhere, no-cache on what keeps its name, immutable on hashed files', () => {
  const file = path.join(DIST_DIR, '_headers');
  assert.ok(existsSync(file), 'dist/_headers is there (index.html copies deploy/_headers)');
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  const headersFor = (requestPath) => {
    const found = new Map();
    for (const rule of rules.filter((r) => matches(r.path, requestPath))) {
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        assert.ok(!found.has(key), `${requestPath}: ${name} is set by one rule only (hosts merge repeats differently)`);
        found.set(key, value);
      }
    }
    return found;
  };
  const hashed = served.filter((f) => HASHED.test(f));
  assert.ok(hashed.length >= 2, `hashed files: ${hashed.join(', ')}`);
  for (const requestPath of ['/', ...served.map((f) => `/${f}`), '/no-such-file']) {
    const got = headersFor(requestPath);
    for (const [name, value] of SECURITY) assert.equal(got.get(name.toLowerCase()), value, `${requestPath}: ${name}`);
    const name = requestPath.slice(1);
    if (HASHED.test(name)) {
      assert.equal(got.get('cache-control'), 'public, max-age=31536000, immutable', `${requestPath}: immutable`);
    } else if (['', 'index.html', 'sw.js', 'manifest.webmanifest'].includes(name)) {
      assert.equal(got.get('cache-control'), 'no-cache', `${requestPath}: revalidated`);
    } else {
      // The host's own default (Netlify and Cloudflare: revalidate) for the icons.
      assert.ok(!got.has('cache-control') || got.get('cache-control') === 'no-cache', `${requestPath}: never cached unchecked`);
    }
  }
  // Every rule names a path of this build (no rule left for an old build's file).
  for (const rule of rules.filter((r) => !r.path.endsWith('*') && r.path !== '/')) {
    assert.ok(served.includes(rule.path.slice(1)), `_headers names ${rule.path}, which this build has`);
  }
});

test('deploy/nginx.conf sends the same security headers', () => {
  const conf = readFileSync(path.join(REPO, 'deploy/nginx.conf'), 'utf8');
  for (const [name, value] of SECURITY) {
    const line = conf.match(new RegExp(`^\\s*add_header ${name} "([^"]*)" always;`, 'm'));
    assert.ok(line, `nginx.conf: add_header ${name} ... always`);
    assert.equal(line[1], value, `nginx.conf: ${name}`);
  }
  assert.match(conf, /^\s*brotli_static on;/m);
  assert.match(conf, /^\s*gzip_static on;/m);
});

test('the GitHub Pages workflow builds with the project\'s own script and publishes dist/', () => {
  const workflow = readFileSync(path.join(REPO, '.github/workflows/pages.yml'), 'utf8');
  assert.match(workflow, /^\s*run: bash scripts\/build\.sh$/m, 'it builds with scripts/build.sh');
  assert.match(readFileSync(path.join(REPO, 'scripts/build.sh'), 'utf8'), /scripts\/setup\.sh" --build-only/, 'which installs only what the build needs');
  assert.match(workflow, /uses: actions\/upload-pages-artifact@v\d+\s+with:\s+path: dist\b/);
  assert.match(workflow, /uses: actions\/deploy-pages@v\d+/);
  assert.match(workflow, /pages: write/);
  assert.match(workflow, /id-token: write/);
});
