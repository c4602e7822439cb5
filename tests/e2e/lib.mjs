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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
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
 * Fills localStorage to the brim, as on a device whose storage has run out. Runs in the
 * page: `page.evaluate(fillLocalStorage)` (the engines: `p.run(fillLocalStorage)`).
 */
export function fillLocalStorage() {
  let n = 0;
  for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16]) {
    const chunk = 'x'.repeat(size);
    try {
      for (;;) localStorage.setItem(`filler-${n++}`, chunk);
    } catch {
      // full at this size; try smaller
    }
  }
}

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

/** Waits until the app shows the screen whose document title starts with `title`. */
export async function onScreen(page, title) {
  await page.waitForFunction(
    (t) => document.title.startsWith(`${t} ·`) && document.getElementById('screen-title'),
    title,
    { timeout: 15_000 },
  );
}

/** Opens `url` and waits for the screen whose document title starts with `title`. */
export async function go(page, url, title) {
  await page.goto(url);
  await onScreen(page, title);
}

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

/** Opens every <details> so that what is folded away is checked too. */
export async function unfold(page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
/** The rules axe runs: WCAG 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page and returns its violations as readable lines. axe is injected
 * as a script, which the app's Content-Security-Policy refuses: the page's context needs
 * `bypassCSP: true`.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE });
  }
  const violations = await page.evaluate(
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS,
  );
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${(n.failureSummary || v.help).replace(/\s+/g, ' ')}`,
    ),
  );
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

// The text of a PDF that Chromium wrote (page.pdf()): a small decoder for what its PDF
// writer (Skia) produces: Flate streams, Type0 fonts with ToUnicode maps, hex strings in
// Tj/TJ.

/** The PDF's objects: number → { dict, data (inflated stream text, if any) }. */
function pdfObjects(buf) {
  const s = buf.toString('latin1');
  const objects = new Map();
  for (const m of s.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const at = body.search(/\bstream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, data: null });
      continue;
    }
    const dict = body.slice(0, at);
    const from = start + at + body.slice(at).indexOf('\n') + 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
    let data = null;
    if (length >= 0) {
      const raw = buf.subarray(from, from + length);
      try {
        data = (/FlateDecode/.test(dict) ? inflateSync(raw) : raw).toString('latin1');
      } catch {
        data = null;
      }
    }
    objects.set(Number(m[1]), { dict, data });
  }
  return objects;
}

/** A ToUnicode CMap as glyph code → text. */
function toUnicode(cmap) {
  const text = (hex) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  const map = new Map();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(src, 16), text(dst));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++) {
        map.set(c, String.fromCodePoint(parseInt(dst, 16) + c - parseInt(lo, 16)));
      }
    }
  }
  return map;
}

/** The text of each page of a PDF written by Chromium, one text object per line. */
export function pdfPages(buf) {
  const objects = pdfObjects(buf);
  const pages = [];
  for (const page of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(page.dict)) continue;
    const fonts = new Map();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const [, name, ref] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const unicodeRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? '')?.[1];
      const cmap = unicodeRef && objects.get(Number(unicodeRef))?.data;
      fonts.set(name, cmap ? toUnicode(cmap) : new Map());
    }
    const contentRef = /\/Contents (\d+) 0 R/.exec(page.dict)?.[1];
    const content = objects.get(Number(contentRef))?.data ?? '';
    let font = new Map();
    let text = '';
    for (const t of content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bET\b/g)) {
      if (t[1]) font = fonts.get(t[1]) ?? new Map();
      else if (t[2] !== undefined) {
        for (const code of t[2].match(/.{4}/g) ?? []) text += font.get(parseInt(code, 16)) ?? '';
      } else text += '\n';
    }
    pages.push(text.normalize('NFKC'));
  }
  return pages;
}

/** The PDF's text: our decoder's, else pdftotext's if it is installed, else null. */
export function pdfText(buf) {
  const text = pdfPages(buf).join('\n\f\n');
  // Text drawn apart (an element's, or an isolate's) is a text object of its own: lines
  // that went on within one line of the page are joined again.
  if (text.trim()) return text.replace(/\n(?=[ ·:])|(?<= )\n/g, '');
  try {
    const dir = mkdtempSync(path.join(tmpdir(), 'rebound-print-'));
    const file = path.join(dir, 'plan.pdf');
    writeFileSync(file, buf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

// A language's words, read from locales/<tag>.ftl, so a test finds elements by the words a
// person of that language sees.

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');

/**
 * The messages of locales/<tag>.ftl: id → its pattern as written (a value over several
 * lines is joined with newlines, its common indentation removed, as Fluent does).
 */
export function ftlMessages(tag) {
  const messages = new Map();
  let id = null;
  let lines = [];
  const end = () => {
    if (id === null) return;
    const [first, ...rest] = lines;
    const body = rest.filter((l) => l.trim() !== '');
    const indent = Math.min(...body.map((l) => /^ */.exec(l)[0].length));
    const dedented = rest.map((l) => l.slice(indent));
    messages.set(id, [first, ...dedented].filter((l, i) => i > 0 || l !== '').join('\n').trimEnd());
    id = null;
  };
  for (const line of readFileSync(path.join(LOCALES_DIR, `${tag}.ftl`), 'utf8').split('\n')) {
    const start = /^([a-z][a-z0-9-]*) =(?: (.*))?$/.exec(line);
    if (start) {
      end();
      id = start[1];
      lines = [start[2] ?? ''];
    } else if (id !== null && /^\s/.test(line)) lines.push(line);
    else end();
  }
  end();
  return messages;
}

/** The parts of a pattern: text, and { name } for each variable. Choices are refused. */
function patternParts(tag, id, pattern) {
  const parts = [];
  let at = 0;
  for (const m of pattern.matchAll(/\{\s*(?:"((?:[^"\\]|\\.)*)"|\$([a-z_]+))\s*\}|\{/g)) {
    parts.push(pattern.slice(at, m.index));
    if (m[1] !== undefined) parts.push(m[1].replace(/\\(.)/g, '$1'));
    else if (m[2] !== undefined) parts.push({ name: m[2] });
    else throw new Error(`${tag}.ftl: ${id} has a choice or a placeable the tests do not read`);
    at = m.index + m[0].length;
  }
  parts.push(pattern.slice(at));
  return parts;
}

/**
 * The words of a language: `w(id, args)` says message `id` with its variables filled in,
 * as the app shows it; `w.re(id, args)` is a RegExp of it, where any variable not given
 * matches any text. Only messages without choices can be said. Throws on an unknown id.
 *
 *   const w = words('de');
 *   await page.getByRole('heading', { level: 1, name: w('screen-today') }).waitFor();
 *   await page.getByText(w.re('today-request-sent')).waitFor();
 */
export function words(tag) {
  const messages = ftlMessages(tag);
  const parts = (id) => {
    if (!messages.has(id)) throw new Error(`${tag}.ftl has no message ${id}`);
    return patternParts(tag, id, messages.get(id));
  };
  const say = (id, args = {}) =>
    parts(id)
      .map((p) => {
        if (typeof p === 'string') return p;
        if (!(p.name in args)) throw new Error(`${tag}.ftl: ${id} needs $${p.name}`);
        return String(args[p.name]);
      })
      .join('');
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  say.re = (id, args = {}) =>
    new RegExp(parts(id).map((p) => (typeof p === 'string' ? escape(p) : p.name in args ? escape(String(args[p.name])) : '.+?')).join(''));
  say.tag = tag;
  return say;
}
