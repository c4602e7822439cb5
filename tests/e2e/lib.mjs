// Helpers for the end-to-end tests (node:test + playwright-core + the system Chromium).
//
//   const app = await startApp({ base: '/rebound/' });   // serves dist/ on a free port
//   const browser = await launchBrowser();
//   const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
//   await page.goto(app.url);
//   ...
//   expectNoErrors(page);   // console errors, uncaught exceptions, requests to other origins
//   await page.context().close(); await browser.close(); await app.close();
//
// or, closing both when the test ends (the browser, then the app):
//
//   const { app, browser } = await startAppAndBrowser(t, { base: '/rebound/' });

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST_DIR, startServer } from './serve.mjs';

export { DIST_DIR };

/**
 * Serves the built dist/ under `base` on 127.0.0.1 and a free port: { url, port, close() }.
 * `onRequest(req)` sees every request that reaches the server.
 */
export async function startApp({ base = '/', onRequest } = {}) {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `${path.join(DIST_DIR, 'index.html')} is missing: build the app first (make build, or scripts/build.sh)`,
    );
  }
  return startServer({ root: DIST_DIR, port: 0, base, onRequest });
}

/** The system Chromium (never a downloaded one). */
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';

/** The flags this machine needs for headless Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Every screen after the start, in the order of the step indicator: its fragment and its
 * heading (the start of its document title).
 */
export const SCREEN_HEADINGS = [
  ['feedback', 'Get the most out of feedback'],
  ['search', 'Refine your search'],
  ['skills', 'Fill your skill gaps'],
  ['fun', 'Do something fun'],
  ['positive', 'Stay positive'],
  ['next', 'Focus on the next job'],
  ['plan', 'My plan'],
  ['share', 'Share and back up'],
  ['about', 'About Rebound'],
  ['support', 'Need to talk to someone?'],
  ['today', 'For today'],
];

/** Headless system Chromium, with the flags this machine needs. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * startApp(appOptions) and launchBrowser(), both closed when the test `t` ends: the browser,
 * then the app. Resolves to { app, browser }. A test may close the app itself first (to go
 * offline, say): closing it again is harmless.
 */
export async function startAppAndBrowser(t, appOptions = {}) {
  const app = await startApp(appOptions);
  let browser;
  // Registered before the launch, so a browser that fails to start leaves no server running.
  t.after(async () => {
    await browser?.close();
    await app.close();
  });
  browser = await launchBrowser();
  return { app, browser };
}

const problemsOf = new WeakMap();

/**
 * A page in a fresh context (its own storage) that records every console error, every
 * uncaught exception and every request to an origin other than the served one. The
 * served origin is `origin` if given, else that of the page's first navigation.
 * Extra `contextOptions` go to browser.newContext().
 */
export async function newPage(browser, { viewport = { width: 1280, height: 800 }, origin, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  problemsOf.set(page, problems);
  let servedOrigin = origin ? new URL(origin).origin : null;

  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      problems.push(`console error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.stack || err.message}`));
  // On the context, so requests made by a service worker count too.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return; // data:, blob:, about:
    if (!servedOrigin && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      servedOrigin = url.origin;
    }
    if (url.origin !== servedOrigin) problems.push(`request to another origin: ${request.method()} ${request.url()}`);
  });
  return page;
}

/**
 * A page as newPage() makes it, whose dialogs are recorded (in `dialogs`) and dismissed:
 * a test checks none opened, since the app never uses one unasked. Returns { page, dialogs }.
 */
export async function pageWithDialogs(browser, options = {}) {
  const page = await newPage(browser, options);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  return { page, dialogs };
}

/** Everything newPage() has recorded for this page so far (a copy). */
export function problems(page) {
  return [...(problemsOf.get(page) ?? [])];
}

/**
 * Fails, listing them, if the page logged a console error, threw an uncaught exception or
 * asked another origin for anything. `ignore`: regexes for problems a test expects.
 */
export function expectNoErrors(page, { ignore = [] } = {}) {
  const found = problems(page).filter((p) => !ignore.some((re) => re.test(p)));
  assert.ok(found.length === 0, `the page at ${page.url()} had ${found.length} problem(s):\n  ${found.join('\n  ')}`);
}

/** localStorage key of the stored plan. */
export const PLAN_KEY = 'rebound.plan';

/**
 * Holds the app's wasm back until the returned release() is called, so the static boot
 * screen stays up until then.
 */
export async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Records a rejection on the start screen (in English) and waits until it is stored. */
export async function recordRejection(page, company, role) {
  await page.getByLabel('Company', { exact: true }).fill(company);
  await page.getByLabel('Role', { exact: true }).fill(role);
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'For today' }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    ([key, company]) => (localStorage.getItem(key) ?? '').includes(company),
    [PLAN_KEY, company],
  );
}
