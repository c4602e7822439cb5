// Offline on a phone: the service worker, updates, installability and the phone layout.
//
//   - cold start offline: after one visit, with the server gone, the app boots with the
//     plan, every step opens, and deep links open in a new tab (served under /rebound/);
//     that first visit downloads the wasm and its JS once: the worker's precache takes
//     these content-hashed files from the HTTP cache;
//   - a new build is offered, never forced: "Reload" saves, switches, and the old cache
//     goes; a second tab is not reloaded under the person's feet; a content-hashed file
//     whose bytes changed under the same name is not taken from the HTTP cache;
//   - Chrome's own installability check passes, at / and under a sub-path;
//   - at 360 x 740 with touch, no screen scrolls sideways and every tap target is at
//     least 44 x 44 px.
//
// Needs a release build in dist/ (make build).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST_DIR,
  PLAN_KEY,
  SCREEN_HEADINGS,
  expectNoErrors,
  launchBrowser,
  newPage,
  recordRejection,
  startApp,
  startAppAndBrowser,
} from './lib.mjs';
import { startServer } from './serve.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const REPO = path.resolve(import.meta.dirname, '../..');

const OTHERS = ['share', 'about', 'today', 'support'];
const STEPS = SCREEN_HEADINGS.filter(([slug]) => !OTHERS.includes(slug));
const OTHER_SCREENS = [['start', /./], ...SCREEN_HEADINGS.filter(([slug]) => OTHERS.includes(slug))];

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/** Waits until the service worker controls the page (reloading once if it must). */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    try {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5_000 });
    } catch {
      await page.reload();
    }
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

/** The stored plan itself (without the record's revision and timestamp). */
async function storedPlan(page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY);
  assert.ok(text, 'a plan is stored');
  return JSON.parse(text).plan;
}

const buildVersion = (page) =>
  page.evaluate(() => document.querySelector('meta[name="rebound-build"]')?.content);

/** Console errors of a page that newPage() did not create (worded as lib.mjs words them). */
function recordErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
    errors.push(`console error: ${msg.text()}${where}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught exception: ${err.message}`));
  return errors;
}

// With the server gone, the browser's own look for a newer sw.js may fail and say so in
// the console (Chromium 156 has not, so far). Nothing else may fail.
const OFFLINE_NOISE = [
  /^console error: Failed to load resource: net::ERR_CONNECTION_REFUSED \(http:\/\/127\.0\.0\.1:\d+\/(rebound\/)?sw\.js:/,
];

test('after one visit, the app opens offline with the plan, every step and deep links', async (t) => {
  const served = []; // every path that reached the server
  const onRequest = (req) => served.push(new URL(req.url, 'http://x').pathname);
  const { app, browser } = await startAppAndBrowser(t, { base: '/rebound/', onRequest });
  const page = await newPage(browser, PHONE);

  await page.goto(app.url);
  await page.getByRole('main').waitFor();
  // The worker is active once its precache is complete.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const firstVisit = [...served];
  t.diagnostic(`first visit: ${firstVisit.length} requests reached the server: ${firstVisit.join(' ')}`);

  // The page loaded the wasm and its JS before it registered the worker; the worker's
  // precache took them from the HTTP cache (their names carry a content hash), so each
  // crossed the network once. The favicon is left out: the browser may load it after the
  // worker has already fetched it.
  const dist = readdirSync(DIST_DIR);
  const wasm = dist.find((f) => /^rebound-[0-9a-f]{12,16}_bg\.wasm$/.test(f));
  const hashed = [wasm, ...dist.filter((f) => /^[^.]+-[0-9a-f]{12,16}\.js$/.test(f))];
  assert.ok(wasm && hashed.length === 2, `dist/ has the hashed wasm and JS (${hashed.join(', ')})`);
  // The style sheet is inlined in index.html.
  assert.ok(!dist.some((f) => f.endsWith('.css')), 'no separate style sheet');
  for (const file of hashed) {
    const times = firstVisit.filter((p) => p === `/rebound/${file}`).length;
    assert.equal(times, 1, `${file} was downloaded once on the first visit, not ${times} times`);
  }
  const cachedWasm = await page.evaluate(
    async (url) => (await (await caches.match(url))?.arrayBuffer())?.byteLength,
    app.url + wasm,
  );
  assert.equal(cachedWasm, statSync(path.join(DIST_DIR, wasm)).size, 'the whole wasm is in the precache');

  await waitForServiceWorker(page);
  await recordRejection(page, 'Northwind Offline', 'Support lead');
  const plan = await storedPlan(page);

  // Every file of the build is in one cache, named after the build.
  const version = await buildVersion(page);
  assert.match(version, /^[0-9a-f]{16}$/);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, urls: (await cache.keys()).map((r) => r.url) };
  });
  assert.deepEqual(cached.names, [`rebound-${version}`]);
  assert.ok(cached.urls.includes(app.url), 'index.html is cached as ./');
  for (const name of ['sw.js', 'index.html']) {
    assert.ok(!cached.urls.includes(app.url + name), `${name} is not precached on its own`);
  }
  for (const ext of ['.wasm', '.js', 'manifest.webmanifest']) {
    assert.ok(cached.urls.some((u) => u.endsWith(ext)), `a ${ext} file is cached`);
  }
  // The home-screen icons are not downloaded on a first visit; the worker keeps one when
  // the browser first asks for it (as it does when installing the app).
  assert.ok(!firstVisit.some((p) => p.includes('/icons/')), 'no icon was downloaded on the first visit');
  assert.ok(!cached.urls.some((u) => u.includes('/icons/')), 'no icon is precached');
  const icon = `${app.url}icons/icon-192.png`;
  assert.ok(await page.evaluate(async (url) => (await fetch(url)).ok, icon), 'the icon loads online');
  await page.waitForFunction(async (url) => Boolean(await caches.match(url)), icon);

  // The server is gone.
  await app.close();

  await page.reload();
  await heading(page, 'For today');
  assert.deepEqual(await storedPlan(page), plan);
  assert.ok(await page.evaluate(async (url) => (await fetch(url)).ok, icon), 'the kept icon loads offline');
  for (const [slug, title] of STEPS) {
    await page.goto(`${app.url}#/${slug}`);
    await heading(page, title);
    await page.reload(); // a cold start on this very address
    await heading(page, title);
  }
  await page.getByText(/Support lead at Northwind Offline/).first().waitFor();
  // The words for getting support read offline: they are part of the app.
  await page.goto(`${app.url}#/support`);
  await page.reload(); // a cold start on this very address
  await heading(page, 'Need to talk to someone?');
  await page.getByText('If you might not be safe, call your local emergency number now.').waitFor();

  // A deep link in a new tab, and the app's address with a query.
  const deep = await page.context().newPage();
  const deepErrors = recordErrors(deep);
  await deep.goto(`${app.url}#/skills`);
  await heading(deep, 'Fill your skill gaps');
  await deep.goto(`${app.url}index.html?from=home-screen#/search`);
  await heading(deep, 'Refine your search');
  await deep.goto(`${app.url}?utm_source=chat#/plan`);
  await heading(deep, 'My plan');
  await deep.getByText(/Support lead at Northwind Offline/).first().waitFor();
  assert.deepEqual(await storedPlan(deep), plan);

  expectNoErrors(page, { ignore: OFFLINE_NOISE });
  const unexpected = deepErrors.filter((e) => !OFFLINE_NOISE.some((re) => re.test(e)));
  assert.deepEqual(unexpected, [], 'the deep-link tab had no errors');
});

test('a new build is offered, never forced, and "Reload" switches to it safely', async (t) => {
  // Two builds: dist/ as it is, and a copy with two files changed, finished by the same
  // post-build step as a real build (new precache list, new version). One is the manifest;
  // the other is the JS glue, changed under the same hashed name, as a new wasm-opt
  // setting changes the wasm (trunk names it after the wasm before wasm-opt): the page's
  // HTTP cache still holds build 1's copy, which the worker must not precache for build 2.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rebound-update-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const build1 = path.join(tmp, 'build1');
  const build2 = path.join(tmp, 'build2');
  cpSync(DIST_DIR, build1, { recursive: true });
  cpSync(DIST_DIR, build2, { recursive: true });
  const manifestPath = path.join(build2, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.description += ' (build 2)';
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const glue = readdirSync(build2).find((f) => /^rebound-[0-9a-f]{12,16}\.js$/.test(f));
  const gluePath = path.join(build2, glue);
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const oldSri = sri(readFileSync(gluePath));
  writeFileSync(gluePath, `${readFileSync(gluePath, 'utf8')}\n/* build 2 */\n`);
  const indexPath = path.join(build2, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  assert.ok(index.includes(oldSri), 'index.html carries the JS glue’s SRI digest');
  writeFileSync(indexPath, index.replace(oldSri, sri(readFileSync(gluePath))));
  execFileSync(process.execPath, [path.join(REPO, 'scripts/post_build.mjs'), build2], { stdio: 'pipe' });
  const versionOf = (dir) =>
    readFileSync(path.join(dir, 'index.html'), 'utf8').match(/name="rebound-build" content="([0-9a-f]+)"/)[1];
  const [v1, v2] = [versionOf(build1), versionOf(build2)];
  assert.notEqual(v1, v2, 'the changed build has a new version');

  const browser = await launchBrowser();
  let server = await startServer({ root: build1, port: 0 });
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const url = server.url;
  const page = await newPage(browser, PHONE);
  const prompt = page.getByText('A new version of Rebound is ready.');

  await page.goto(url);
  await page.getByRole('main').waitFor();
  await waitForServiceWorker(page);
  await recordRejection(page, 'Fabrikam Update', 'Data engineer');
  const plan = await storedPlan(page);
  assert.equal(await buildVersion(page), v1);
  assert.equal(await prompt.count(), 0, 'no prompt without a new version');

  // Build 2 goes live at the same address.
  await server.close();
  server = await startServer({ root: build2, port: server.port });
  assert.equal(server.url, url);

  // The next visit still runs build 1 (from the cache) and offers build 2.
  await page.reload();
  await heading(page, 'For today');
  await prompt.waitFor({ timeout: 20_000 });
  assert.equal(await buildVersion(page), v1, 'the new build does not take over by itself');
  const reload = page.getByRole('button', { name: 'Reload' });
  const box = await reload.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `the Reload button is at least 44 x 44 px (${box.width} x ${box.height})`);

  // A second tab sees the same offer.
  const other = await page.context().newPage();
  const otherErrors = recordErrors(other);
  await other.goto(`${url}#/plan`);
  await heading(other, 'My plan');
  await other.getByText('A new version of Rebound is ready.').waitFor({ timeout: 10_000 });
  await other.evaluate(() => {
    window.stillTheSamePage = true;
  });

  // "Reload": the new build takes over and the page reloads on it.
  await page.evaluate(() => {
    window.stillTheSamePage = true;
  });
  await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), reload.click()]);
  await heading(page, 'For today');
  assert.equal(await buildVersion(page), v2, 'build 2 runs after Reload');
  assert.equal(await page.evaluate(() => window.stillTheSamePage), undefined, 'the page reloaded');
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`rebound-${v2}`], 'only the new cache is left');
  assert.deepEqual(await storedPlan(page), plan, 'the plan is unchanged');
  assert.equal(await prompt.count(), 0, 'no prompt once on the newest build');
  await page.goto(`${url}#/plan`);
  await page.getByText(/Data engineer at Fabrikam Update/).first().waitFor();
  const manifestSeen = await page.evaluate(
    async () => (await (await fetch('manifest.webmanifest')).json()).description,
  );
  assert.match(manifestSeen, /\(build 2\)$/);
  const glueCached = await page.evaluate(async (url) => (await caches.match(url))?.text(), url + glue);
  assert.ok(glueCached?.endsWith('/* build 2 */\n'), 'the precache holds build 2’s JS glue, not the HTTP cache’s');

  // The other tab was not reloaded under the person's feet: it still offers the reload,
  // which now simply reloads onto build 2.
  await other.waitForTimeout(500);
  assert.equal(await other.evaluate(() => window.stillTheSamePage), true, 'the other tab was left alone');
  assert.equal(await buildVersion(other), v1);
  await other.getByText('A new version of Rebound is ready.').waitFor();
  await Promise.all([
    other.waitForEvent('load', { timeout: 20_000 }),
    other.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await heading(other, 'My plan');
  assert.equal(await buildVersion(other), v2);
  assert.deepEqual(await storedPlan(other), plan);

  expectNoErrors(page);
  assert.deepEqual(otherErrors, [], 'the other tab had no errors');
});

test("Chrome's installability check passes, at / and under /rebound/", async (t) => {
  for (const base of ['/', '/rebound/']) {
    await t.test(`served at ${base}`, async (t) => {
      const app = await startApp({ base });
      // Installability needs a real profile: Playwright's usual contexts are incognito.
      const profile = mkdtempSync(path.join(os.tmpdir(), 'rebound-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        ...PHONE,
        args: CHROMIUM_ARGS,
      });
      t.after(async () => {
        await context.close();
        await app.close();
        rmSync(profile, { recursive: true, force: true });
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = recordErrors(page);
      await page.goto(app.url);
      await page.getByRole('main').waitFor();
      await waitForServiceWorker(page);

      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, [], 'Chrome finds nothing that stops installing');
      const { url: manifestUrl, errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
      assert.equal(manifestUrl, `${app.url}manifest.webmanifest`);
      assert.deepEqual(manifestErrors, []);

      const m = JSON.parse(data);
      assert.equal(m.name, 'Rebound');
      assert.equal(m.short_name, 'Rebound');
      assert.equal(m.start_url, './');
      assert.equal(m.scope, './');
      assert.equal(m.display, 'standalone');
      assert.equal(m.theme_color, '#2f6f62');
      assert.equal(m.background_color, '#f6f4ef');
      // Every icon loads, is a PNG of the size it claims; one is maskable.
      const icons = [...m.icons, { src: 'icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }];
      for (const icon of icons) {
        const got = await page.evaluate(async (src) => {
          const res = await fetch(src);
          const bytes = new Uint8Array(await res.arrayBuffer());
          const view = new DataView(bytes.buffer);
          return { ok: res.ok, png: bytes[1] === 0x50 && bytes[2] === 0x4e, w: view.getUint32(16), h: view.getUint32(20) };
        }, icon.src);
        assert.ok(got.ok && got.png, `${icon.src} loads as a PNG`);
        assert.equal(`${got.w}x${got.h}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
      }
      assert.ok(m.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
      assert.ok(['192x192', '512x512'].every((s) => m.icons.some((i) => i.sizes === s && i.purpose === 'any')));
      const head = await page.evaluate(() => ({
        appleTouchIcon: document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'),
        themeColor: document.querySelector('meta[name="theme-color"]')?.content,
      }));
      assert.equal(head.appleTouchIcon, 'icons/apple-touch-icon.png');
      assert.equal(head.themeColor, '#2f6f62');
      assert.deepEqual(errors, []);
    });
  }
});

test('on a 360 x 740 touch screen, nothing scrolls sideways and every tap target is 44 px or more', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, PHONE);

  const measure = () =>
    page.evaluate(() => {
      const describe = (el) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className.trim()
            ? `.${el.className.trim().split(/\s+/).join('.')}`
            : '';
        const type = el.type && el.tagName !== 'BUTTON' ? `[type=${el.type}]` : '';
        const text = (el.getAttribute('aria-label') || el.textContent || el.name || '').trim().replace(/\s+/g, ' ');
        return `${el.tagName.toLowerCase()}${id}${cls}${type} "${text.slice(0, 40)}"`;
      };
      const big = (r) => r.width >= 44 && r.height >= 44;
      const small = [];
      const excused = [];
      for (const el of document.querySelectorAll('a, button, input, select, textarea, summary, label.radio, label.check')) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
        if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
        if (big(r)) continue;
        const size = `${Math.round(r.width)} x ${Math.round(r.height)}`;
        // A radio button or checkbox inside its label: the whole label is the target.
        const label = el.closest('label');
        if (label && label !== el && /^(radio|checkbox)$/.test(el.type) && big(label.getBoundingClientRect())) continue;
        // A link inside a sentence (WCAG 2.5.8's inline exception).
        if (el.tagName === 'A' && el.parentElement?.tagName === 'P') {
          excused.push(`${describe(el)} ${size}`);
          continue;
        }
        small.push(`${describe(el)} ${size}`);
      }
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth, small, excused };
    });

  await page.goto(app.url);
  await page.getByRole('main').waitFor();
  const problems = [];
  const excused = new Set();
  const check = async (name) => {
    // Open every disclosure, so what it hides is measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const m = await measure();
    if (m.scrollWidth > m.innerWidth) problems.push(`${name}: scrolls sideways (${m.scrollWidth} > ${m.innerWidth})`);
    for (const s of m.small) problems.push(`${name}: ${s}`);
    for (const s of m.excused) excused.add(`${name}: ${s}`);
  };

  await check('start, empty');
  await recordRejection(page, 'Tailspin Toys', 'Product designer');
  for (const [slug, title] of [...STEPS, ...OTHER_SCREENS]) {
    await page.goto(`${app.url}#/${slug}`);
    await heading(page, title);
    await check(slug);
  }
  if (excused.size) t.diagnostic(`inline text links (allowed): ${[...excused].join('; ')}`);
  assert.deepEqual(problems, [], `layout problems at 360 x 740:\n  ${problems.join('\n  ')}`);
  expectNoErrors(page);
});
