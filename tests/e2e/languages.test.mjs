// Rebound in the person's language: the browser's languages choose the first one, the
// picker changes it at once without a reload and keeps it on this device only, Arabic
// runs right to left, a chosen language keeps working offline, and a shared plan opens
// in the reader's language. Elements are found by role and label, in each language.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { makeBuild } from './builds.mjs';
import {
  DIST_DIR,
  PLAN_KEY,
  expectNoErrors,
  launchBrowser,
  newPage,
  recordRejection,
  startAppAndBrowser,
} from './lib.mjs';
import { startServer } from './serve.mjs';


const LANGUAGE_KEY = 'rebound.language';

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

/**
 * Records what the boot screen's status line ("Opening your plan…") says in each frame
 * it can be seen (an init script): `window.__bootSaid`.
 */
function watchBootHeading() {
  window.__bootSaid = [];
  const look = () => {
    const boot = document.getElementById('boot');
    if (!boot) return;
    if (getComputedStyle(boot).visibility !== 'hidden') window.__bootSaid.push(boot.querySelector('.boot-loading')?.textContent);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** What the boot screen says to someone with a plan, in each language the tests reopen in. */
const BOOT_OPENING = { es: 'Abriendo tu plan…', de: 'Dein Plan wird geöffnet…' };

/**
 * Goes offline and reloads, as a person opening the app again with no connection, and
 * checks it opens in `lang` (its heading `h1`), its boot screen in every frame it showed.
 */
async function reopenOffline(page, lang, h1) {
  await page.context().setOffline(true);
  await page.addInitScript(watchBootHeading);
  await page.reload();
  await heading(page, h1);
  assert.deepEqual(await langDir(page), [lang, 'ltr']);
  const said = await page.evaluate(() => window.__bootSaid);
  assert.ok(said.length > 0, 'the boot screen was seen');
  assert.deepEqual([...new Set(said)], [BOOT_OPENING[lang]], `the boot screen spoke ${lang} in every frame`);
}

/** Waits until the service worker's caches hold every file of the language `tag`. */
async function keptOffline(page, tag) {
  await page.waitForFunction(
    async (files) => {
      const kept = await Promise.all(files.map((f) => caches.match(new URL(f, location.href).href)));
      return kept.every(Boolean);
    },
    [`locales/${tag}.json`, `locales/${tag}.boot.json`],
    { timeout: 20_000, polling: 250 },
  );
}

/**
 * An init script: the page's service worker registers only once the test calls
 * `window.__letWorkerRegister()`, as on a slow phone whose worker is not yet in charge
 * while the person already uses the app.
 */
function holdWorkerRegistration() {
  const register = ServiceWorkerContainer.prototype.register;
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  window.__letWorkerRegister = release;
  ServiceWorkerContainer.prototype.register = function (...args) {
    return held.then(() => register.apply(this, args));
  };
}

/** The page's lang and dir. */
const langDir = (page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

/** Opens `url` and waits until the service worker is in charge of the page. */
async function underWorker(page, url) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

/**
 * Two releases at one address: dist/ as it is (build 1, served first), and a new release
 * of it (build 2), which `edit(dir)` may change after post_build. `goLive()` serves build 2
 * in build 1's place.
 */
async function twoReleases(t, { edit } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rebound-languages-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const [build1, build2] = [path.join(tmp, 'build1'), path.join(tmp, 'build2')];
  cpSync(DIST_DIR, build1, { recursive: true });
  const v2 = makeBuild(DIST_DIR, build2, { note: ' (build 2)' });
  edit?.(build2);
  const browser = await launchBrowser();
  let server = await startServer({ root: build1, port: 0 });
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const goLive = async () => {
    await server.close();
    server = await startServer({ root: build2, port: server.port });
  };
  return { browser, url: server.url, v2, goLive };
}

test('the first language is the browser’s, when Rebound speaks it', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  for (const [locale, title, lang, dir] of [
    ['es-MX', 'Acerca de Rebound', 'es', 'ltr'],
    ['de-AT', 'Über Rebound', 'de', 'ltr'],
    ['ar-EG', 'عن Rebound', 'ar', 'rtl'],
    ['fr-FR', 'About Rebound', 'en', 'ltr'],
  ]) {
    const page = await newPage(browser, { locale });
    await page.goto(`${app.url}#/about`);
    await heading(page, title);
    assert.deepEqual(await langDir(page), [lang, dir], locale);
    expectNoErrors(page);
    await page.context().close();
  }
});

test('the picker changes the language at once, without a reload, and this device keeps it', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.goto(app.url);
  await recordRejection(page, 'Acme', 'Analyst');
  const planBefore = await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY);
  // A mark that a reload would wipe.
  await page.evaluate(() => (window.__sameDocument = true));

  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
  await heading(page, 'Für heute');
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  assert.deepEqual(await langDir(page), ['de', 'ltr']);
  assert.equal(await page.title(), 'Für heute · Rebound');
  // What the person wrote is theirs, in any language.
  await page.getByRole('navigation', { name: 'Plan' }).getByRole('link', { name: 'Mein Plan' }).click();
  await page.getByText('Acme').first().waitFor();
  // The picker now has a German label, and says each language in its own name.
  const options = await page.getByLabel('Sprache', { exact: true }).locator('option').allTextContents();
  assert.deepEqual(options.map((o) => o.trim()), ['English', 'Español', 'Deutsch', 'العربية']);

  // A preference of this device: never in the plan.
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY), 'de');
  const planAfter = await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY);
  assert.equal(JSON.parse(planAfter).plan.rejections.length, JSON.parse(planBefore).plan.rejections.length);
  assert.ok(!/"(lang|language|locale)"/.test(planAfter), 'the stored plan names no language');

  await page.reload();
  await heading(page, 'Mein Plan');
  assert.deepEqual(await langDir(page), ['de', 'ltr']);

  await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'English' });
  await heading(page, 'My plan');
  assert.deepEqual(await langDir(page), ['en', 'ltr']);
  expectNoErrors(page);
});

test('a language file of a newer version (a tab left open across an update) offers that version, and Reload brings the language', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  // No service worker, so the page's own request is the one answered here.
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  // German as the next build compiles it: its messages answer another build's ids.
  await page.route('**/locales/de.json', async (route) => {
    const response = await route.fetch();
    const file = await response.json();
    await route.fulfill({ response, json: { ...file, keys: '0000000000000000' } });
  });
  await page.goto(app.url);
  await recordRejection(page, 'Acme', 'Analyst');

  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
  const picker = page.getByRole('contentinfo');
  await picker.getByRole('alert').filter({ hasText: 'Deutsch needs the new version of Rebound. Reload to use it; what you wrote is kept.' }).waitFor();
  await page.getByRole('status').getByText('A new version of Rebound is ready.').waitFor();
  // Not a word of the wrong build's German on screen, and the picker back on English.
  assert.deepEqual(await langDir(page), ['en', 'ltr']);
  await heading(page, 'For today');
  assert.equal(await page.getByLabel('Language', { exact: true }).inputValue(), 'en');

  await page.unroute('**/locales/de.json');
  await picker.getByRole('button', { name: 'Reload' }).click();
  await heading(page, 'Für heute');
  assert.deepEqual(await langDir(page), ['de', 'ltr']);
  await page.getByRole('navigation', { name: 'Plan' }).getByRole('link', { name: 'Mein Plan' }).click();
  await page.getByText('Acme').first().waitFor();
  expectNoErrors(page);
});

test('in Arabic the page runs right to left and "next" points the reading way', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'ar' });
  await page.goto(`${app.url}#/feedback`);
  await heading(page, 'استفد من الملاحظات');
  assert.deepEqual(await langDir(page), ['ar', 'rtl']);
  const next = page.locator('a[rel="next"]');
  assert.match((await next.textContent()).trim(), /^التالي: .+ ←$/);
  // The next link sits at the inline end, which in Arabic is the left.
  const [nextBox, prevBox] = [await next.boundingBox(), await page.locator('a[rel="prev"]').boundingBox()];
  assert.ok(nextBox.x < prevBox.x, `next (${nextBox.x}) is left of previous (${prevBox.x})`);
  expectNoErrors(page);
});

test('a shared plan opens in the reader’s language, not the sender’s', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const sender = await newPage(browser, { locale: 'de-DE' });
  await sender.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await sender.goto(app.url);
  await sender.getByLabel('Sprache', { exact: true }).waitFor();
  // The sender works in German; the plan's own words are theirs.
  await sender.evaluate(
    ([key, record]) => localStorage.setItem(key, record),
    [PLAN_KEY, readFileSync(new URL('../fixtures/typical-record.json', import.meta.url), 'utf8')],
  );
  await sender.goto(`${app.url}#/share`);
  await sender.reload();
  await heading(sender, 'Teilen und sichern');
  const link = await sender.locator('textarea.link-box').inputValue();
  assert.match(link, /#/);
  assert.ok(!/[?&](lang|hl)=/.test(link), 'the link carries no language');

  const reader = await newPage(browser, { locale: 'es-ES' });
  await reader.goto(link);
  await heading(reader, 'Un plan para abrir');
  assert.deepEqual(await langDir(reader), ['es', 'ltr']);
  expectNoErrors(sender);
  expectNoErrors(reader);
});

test('a language chosen once keeps working offline', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'en-GB' });
  await underWorker(page, app.url);
  await page.goto(`${app.url}#/about`);
  await heading(page, 'About Rebound');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
  await heading(page, 'Acerca de Rebound');

  await reopenOffline(page, 'es', 'Acerca de Rebound');
  // Another language, never fetched, cannot load offline: the app stays in Spanish and
  // says so where the person chose.
  await page.getByLabel('Idioma', { exact: true }).selectOption({ label: 'Deutsch' });
  await page.getByRole('alert').filter({ hasText: 'Deutsch' }).waitFor();
  await heading(page, 'Acerca de Rebound');
  assert.equal(await page.getByLabel('Idioma', { exact: true }).inputValue(), 'es');
  expectNoErrors(page, { ignore: [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/] });
});

test('a first visit in Spanish opens in Spanish offline the next time, boot screen and all', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'es-ES' });
  await page.goto(app.url);
  await heading(page, 'Un plan tranquilo para después de un «no» laboral');
  assert.deepEqual(await langDir(page), ['es', 'ltr']);
  // The words came before the worker was in charge; the worker keeps them once it is.
  await keptOffline(page, 'es');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });

  await reopenOffline(page, 'es', 'Un plan tranquilo para después de un «no» laboral');
  expectNoErrors(page, { ignore: [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/] });
});

test('a language picked before any worker is in charge opens offline the next time', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(holdWorkerRegistration);
  await page.goto(`${app.url}#/about`);
  await heading(page, 'About Rebound');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
  await heading(page, 'Über Rebound');
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no worker saw German fetched');

  await page.evaluate(() => window.__letWorkerRegister());
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await keptOffline(page, 'de');
  await reopenOffline(page, 'de', 'Über Rebound');
  expectNoErrors(page, { ignore: [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/] });
});

test('the installed app is described in the language the page speaks', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'de-DE' });
  /** The manifest the page links now: its address and what it says. */
  const linked = () =>
    page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]').href;
      const manifest = await (await fetch(href)).json();
      return { file: new URL(href).pathname.split('/').pop(), ...manifest };
    });
  await page.goto(`${app.url}#/about`);
  // From the first script on, before the app runs.
  assert.equal(
    await page.evaluate(() => document.querySelector('link[rel="manifest"]').getAttribute('href')),
    'manifest.de.webmanifest',
  );
  await heading(page, 'Über Rebound');
  let manifest = await linked();
  assert.equal(manifest.file, 'manifest.de.webmanifest');
  assert.equal(manifest.name, 'Rebound');
  assert.equal(manifest.lang, 'de');
  assert.equal(manifest.dir, 'ltr');
  assert.match(manifest.description, /auf diesem Gerät/);
  assert.equal(manifest.start_url, './', 'the rest is the English manifest’s');

  await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
  await heading(page, 'عن Rebound');
  manifest = await linked();
  assert.deepEqual([manifest.file, manifest.lang, manifest.dir], ['manifest.ar.webmanifest', 'ar', 'rtl']);
  assert.match(manifest.description, /هذا الجهاز/);

  await page.getByLabel('اللغة', { exact: true }).selectOption({ label: 'English' });
  await heading(page, 'About Rebound');
  manifest = await linked();
  assert.deepEqual([manifest.file, manifest.lang], ['manifest.webmanifest', 'en']);
  assert.match(manifest.description, /everything stays on this device/);
  expectNoErrors(page);
});

test('a language kept by an older build comes along to the new one, and opens offline', async (t) => {
  const { browser, url, goLive } = await twoReleases(t);
  const page = await newPage(browser, { locale: 'en-GB' });
  await underWorker(page, url);
  const versionOf = () => page.evaluate(() => document.querySelector('meta[name="rebound-build"]').content);
  const v1 = await versionOf();
  // Spanish, as the release before the files were compiled kept it: locales/es.ftl in
  // build 1's cache (and no locales/es.json).
  await page.evaluate(async (cache) => {
    const kept = await caches.open(cache);
    await kept.put(new URL('locales/es.ftl', location.href).href, new Response('language-label = Idioma\n'));
  }, `rebound-${v1}`);

  // Build 2 goes live; the next visit runs build 1 and installs build 2 beside it.
  await goLive();
  await page.reload();
  await page.getByText('A new version of Rebound is ready.').waitFor({ timeout: 20_000 });
  const v2 = await page.evaluate(async (v1) => {
    const names = await caches.keys();
    return names.find((n) => n.startsWith('rebound-') && n !== `rebound-${v1}`)?.slice('rebound-'.length);
  }, v1);
  assert.ok(v2, 'build 2 has its own cache');
  const carried = await page.evaluate(
    async (cache) => (await (await caches.open(cache)).keys()).map((r) => new URL(r.url).pathname.split('/').slice(-2).join('/')),
    `rebound-${v2}`,
  );
  assert.ok(carried.includes('locales/es.json'), `build 2 keeps Spanish in its own form: ${carried.join(', ')}`);
  assert.ok(carried.includes('locales/es.boot.json'), `and its boot screen's words: ${carried.join(', ')}`);
  assert.ok(!carried.includes('locales/es.ftl'), 'the older form is not carried');

  // The person chose Spanish; offline, they take the new version: it opens in Spanish.
  await page.evaluate((key) => localStorage.setItem(key, 'es'), LANGUAGE_KEY);
  await page.context().setOffline(true);
  await Promise.all([
    page.waitForEvent('load', { timeout: 20_000 }),
    page.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  await page.waitForFunction((v2) => document.querySelector('meta[name="rebound-build"]')?.content === v2, v2, {
    timeout: 15_000,
  });
  await page.getByLabel('Idioma', { exact: true }).waitFor({ timeout: 15_000 });
  assert.deepEqual(await langDir(page), ['es', 'ltr']);
  expectNoErrors(page, { ignore: [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/] });
});

test('with the service worker in charge, a newer build’s language file brings that build in on Reload', async (t) => {
  // Build 2's German file answers another English than build 1's (as a release that
  // changed the copy would). Written after post_build, which compiles the language files
  // anew; tests/e2e/serve.mjs serves the file itself, not its .gz or .br.
  const { browser, url, v2, goLive } = await twoReleases(t, {
    edit: (dir) => {
      const german = path.join(dir, 'locales', 'de.json');
      writeFileSync(german, JSON.stringify({ ...JSON.parse(readFileSync(german, 'utf8')), keys: 'ffffffffffffffff' }));
    },
  });
  const page = await newPage(browser, { locale: 'en-GB' });
  await underWorker(page, url);
  const versionOf = () => page.evaluate(() => document.querySelector('meta[name="rebound-build"]').content);
  assert.notEqual(await versionOf(), v2);

  await goLive();
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('alert').filter({ hasText: 'Deutsch needs the new version of Rebound.' }).waitFor();
  // Reload shows once build 2 is installed: a reload before would come back to build 1.
  await Promise.all([
    page.waitForEvent('load', { timeout: 20_000 }),
    footer.getByRole('button', { name: 'Reload' }).click({ timeout: 20_000 }),
  ]);
  await page.waitForFunction((v2) => document.querySelector('meta[name="rebound-build"]')?.content === v2, v2, {
    timeout: 15_000,
  });
  expectNoErrors(page);
});

