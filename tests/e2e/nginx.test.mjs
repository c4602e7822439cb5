// dist/ on a real web server: Debian's nginx, configured by the project's own
// deploy/nginx.conf (tests/e2e/nginx.mjs runs it on 127.0.0.1 with a temporary prefix).
// What a host does that tests/e2e/serve.mjs doesn't:
//
//   - every response carries the security headers (frame-ancestors 'none', nosniff,
//     no-referrer), content-hashed files are cached for a year as immutable, everything
//     else is revalidated, and each file has its right Content-Type; a page of another
//     origin cannot frame the app;
//   - a browser that asks for brotli (or gzip) gets the .br (or .gz) file beside it, with
//     Content-Encoding and Vary, and the bytes decompress to the very file;
//   - ETag/Last-Modified revalidation: an unchanged release costs a 304 on the service
//     worker's update check; a new one is found and offered ("A new version of Rebound is
//     ready."), and "Reload" switches to it, without downloading unchanged hashed files;
//   - the app works at / and under a sub-path, and offline once nginx is gone.
//
// Needs a release build in dist/ (make build) and nginx (scripts/setup.sh installs it).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildVersion, makeBuild } from './builds.mjs';
import { DIST_DIR, expectNoErrors, launchBrowser, newPage } from './lib.mjs';
import { startNginx, touchTree } from './nginx.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const SECURITY = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HASHED = /^[^/]+-[0-9a-f]{12,16}(_bg)?\.[A-Za-z0-9]+$/;
const COMPRESSIBLE = /\.(html|js|css|svg|json|webmanifest|wasm)$/;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
};

/** Every file of the build that is served as itself (not a .br/.gz copy, not _headers). */
function servedFiles(dir) {
  const walk = (rel) =>
    readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? walk(r) : [r];
    });
  return walk('').filter((f) => !/\.(br|gz)$/.test(f) && f !== '_headers');
}

/** A GET with exactly these request headers, the body left as sent (never decompressed). */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5_000 });
  } catch {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  }
}

async function recordRejection(page, company, role) {
  await page.getByLabel('Company', { exact: true }).fill(company);
  await page.getByLabel('Role', { exact: true }).fill(role);
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await heading(page, 'For today');
  await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
}

test('every file arrives with the security headers, its caching rule and its type', async (t) => {
  const site = await startNginx({ base: '/rebound/' });
  t.after(() => site.close());
  const files = servedFiles(DIST_DIR);
  assert.ok(files.includes('index.html') && files.includes('sw.js') && files.some((f) => f.endsWith('.wasm')));

  for (const file of ['', ...files]) {
    const res = await rawGet(site.url + file);
    const name = file || './';
    assert.equal(res.status, 200, `${name}: 200`);
    for (const [header, value] of Object.entries(SECURITY)) assert.equal(res.headers[header], value, `${name}: ${header}`);
    const hashed = HASHED.test(file);
    assert.equal(res.headers['cache-control'], hashed ? IMMUTABLE : 'no-cache', `${name}: Cache-Control`);
    assert.ok(res.headers.etag && res.headers['last-modified'], `${name}: ETag and Last-Modified, for revalidation`);
    const type = TYPES[path.extname(file || 'index.html')];
    assert.ok(type, `${name}: a type this test knows`);
    assert.equal(res.headers['content-type'], type, `${name}: Content-Type`);
    assert.ok(res.body.equals(readFileSync(path.join(DIST_DIR, file || 'index.html'))), `${name}: the file itself`);
  }
  // index.html and sw.js, in particular, are never taken from a cache unchecked.
  for (const file of ['index.html', 'sw.js']) {
    assert.equal((await rawGet(site.url + file)).headers['cache-control'], 'no-cache');
  }

  // Errors too carry the security headers; _headers (for Netlify and Cloudflare) is not served.
  for (const file of ['no-such-file', '_headers']) {
    const res = await rawGet(site.url + file);
    assert.equal(res.status, 404, `${file}: 404`);
    for (const [header, value] of Object.entries(SECURITY)) assert.equal(res.headers[header], value, `${file}: ${header}`);
  }
  // The sub-path without its slash leads to the app.
  const bare = await rawGet(site.url.replace(/\/$/, ''));
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.location, site.url).href, site.url);
  assert.equal(site.errors().replace(/^.*(no-such-file|_headers).*\n?/gm, ''), '', 'nginx logged nothing else');
});

test('a browser asking for brotli or gzip gets the precompressed file, identical once decompressed', async (t) => {
  const site = await startNginx({ base: '/rebound/' });
  t.after(() => site.close());
  const compressible = servedFiles(DIST_DIR).filter((f) => COMPRESSIBLE.test(f));
  assert.ok(compressible.length >= 6, `text files: ${compressible.join(', ')}`);

  for (const file of compressible) {
    const original = readFileSync(path.join(DIST_DIR, file));
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['br', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
      ['identity', undefined, (b) => b],
    ]) {
      const res = await rawGet(site.url + file, { 'accept-encoding': accept });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], encoding, `${file} for "${accept}": Content-Encoding`);
      assert.match(res.headers.vary ?? '', /Accept-Encoding/i, `${file}: Vary: Accept-Encoding`);
      if (encoding) {
        assert.ok(res.body.equals(readFileSync(path.join(DIST_DIR, `${file}.${encoding === 'br' ? 'br' : 'gz'}`))), `${file}: the ${encoding} file as built`);
        assert.ok(res.body.length < original.length || original.length < 1024, `${file}: ${encoding} is smaller`);
      }
      assert.ok(decode(res.body).equals(original), `${file} (${encoding ?? 'identity'}): decompresses to the file itself`);
    }
  }

  // Chromium asks for brotli (even on http://127.0.0.1) and gets it for the app's files.
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = await newPage(browser);
  const encodings = new Map();
  page.on('response', async (res) => encodings.set(new URL(res.url()).pathname, (await res.allHeaders())['content-encoding']));
  await page.goto(site.url);
  await page.getByRole('main').waitFor();
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
  const fromBrowser = site.log().filter((l) => /br/.test(l.acceptEncoding));
  assert.ok(fromBrowser.length >= 3, 'the browser asked for brotli');
  for (const entry of fromBrowser.filter((l) => l.status === 200 && COMPRESSIBLE.test(l.path))) {
    assert.equal(entry.contentEncoding, 'br', `${entry.path}: served as brotli`);
  }
  const wasm = compressible.find((f) => f.endsWith('.wasm'));
  assert.equal(encodings.get(`/rebound/${wasm}`), 'br', 'the wasm arrived as brotli');
  expectNoErrors(page);
});

test('ETag revalidation: an unchanged release costs a 304, a new one is offered and switched to', async (t) => {
  // Build 1 as it is (its files last changed an hour ago, as on a real host); build 2 a
  // new release, made a minute ago.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rebound-nginx-update-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const build1 = path.join(tmp, 'build1');
  const build2 = path.join(tmp, 'build2');
  const v1 = makeBuild(DIST_DIR, build1);
  const v2 = makeBuild(DIST_DIR, build2, { note: ' (build 2)' });
  assert.equal(v1, buildVersion(DIST_DIR));
  assert.notEqual(v1, v2);
  touchTree(build1, new Date(Date.now() - 3600_000));
  touchTree(build2, new Date(Date.now() - 60_000));

  const site = await startNginx({ root: build1, base: '/rebound/' });
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await site.close();
  });
  const page = await newPage(browser, PHONE);
  const prompt = page.getByText('A new version of Rebound is ready.');
  const version = () => page.evaluate(() => document.querySelector('meta[name="rebound-build"]').content);

  await page.goto(site.url);
  await page.getByRole('main').waitFor();
  await waitForServiceWorker(page);
  await recordRejection(page, 'Northwind Nginx', 'Site reliability engineer');

  // The next visits, nothing changed: the worker's script is checked with a conditional
  // request and nginx answers 304; no prompt.
  const swChecks = () => site.log().filter((l) => l.path === '/rebound/sw.js');
  const before = swChecks().length;
  await page.reload();
  await heading(page, 'For today');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const checks = swChecks().slice(before);
  assert.ok(checks.length >= 1, 'the worker checked for an update');
  for (const check of checks) {
    assert.ok(check.ifNoneMatch || check.ifModifiedSince, 'the update check is conditional');
    assert.equal(check.status, 304, 'and nginx answers 304: nothing new');
  }
  assert.equal(await prompt.count(), 0, 'no prompt without a new release');

  // Build 2 goes live.
  site.serve(build2);
  const mark = site.log().length;
  await page.reload();
  await heading(page, 'For today');
  await prompt.waitFor({ timeout: 20_000 });
  assert.equal(await version(), v1, 'the new release does not take over by itself');
  const install = site.log().slice(mark);
  const sw = install.find((l) => l.path === '/rebound/sw.js');
  assert.equal(sw?.status, 200, 'the changed worker was downloaded');
  // The hashed files did not change: the new worker took them from the HTTP cache.
  for (const entry of install.filter((l) => HASHED.test(path.basename(l.path)))) {
    assert.notEqual(entry.status, 200, `${entry.path} was not downloaded again`);
  }

  await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), page.getByRole('button', { name: 'Reload' }).click()]);
  await heading(page, 'For today');
  assert.equal(await version(), v2, 'build 2 runs after Reload');
  await page.goto(`${site.url}#/plan`);
  await heading(page, 'My plan');
  await page.getByText(/Site reliability engineer at Northwind Nginx/).first().waitFor();

  // nginx gone: the app still opens, with the plan.
  await site.stop();
  await page.reload();
  await heading(page, 'My plan');
  await page.goto(`${site.url}#/skills`);
  await heading(page, 'Fill your skill gaps');
  await page.goto(`${site.url}#/plan`);
  await heading(page, 'My plan');
  await page.getByText(/Site reliability engineer at Northwind Nginx/).first().waitFor();
  expectNoErrors(page, { ignore: [/ERR_CONNECTION_REFUSED.*sw\.js/] });
});

test('the app works at / and under a sub-path, and no other site can frame it', async (t) => {
  const browser = await launchBrowser();
  t.after(() => browser.close());
  for (const base of ['/', '/rebound/']) {
    await t.test(`served at ${base}`, async (t) => {
      const site = await startNginx({ base });
      t.after(() => site.close());
      const page = await newPage(browser, PHONE);
      t.after(() => page.context().close());
      await page.goto(site.url);
      await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
      await recordRejection(page, 'Contoso Hosting', 'Platform engineer');
      await page.goto(`${site.url}#/skills`);
      await heading(page, 'Fill your skill gaps');
      await page.reload();
      await heading(page, 'Fill your skill gaps');
      await page.goto(`${site.url}#/plan`);
      await page.getByText(/Platform engineer at Contoso Hosting/).first().waitFor();
      expectNoErrors(page);
      assert.ok(site.log().every((l) => l.status < 400), 'no request failed');
    });
  }

  // A page on another origin that puts the app in a frame: the browser refuses.
  const site = await startNginx({ base: '/rebound/' });
  const framer = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>framer</title><iframe src="${site.url}" width="400" height="300"></iframe>`);
  });
  await new Promise((resolve) => framer.listen(0, '127.0.0.1', resolve)); // another port: another origin
  t.after(async () => {
    framer.close();
    await site.close();
  });
  const page = await browser.newPage();
  const refused = [];
  page.on('console', (msg) => {
    if (/frame-ancestors/.test(msg.text())) refused.push(msg.text());
  });
  await page.goto(`http://127.0.0.1:${framer.address().port}/`);
  await page.waitForTimeout(1000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame, 'the frame exists');
  assert.equal(await frame.locator('main').count(), 0, 'the app did not load in the frame');
  assert.ok(refused.length >= 1, `the browser reported the refusal (${refused.join(' | ')})`);
  await page.close();
});
