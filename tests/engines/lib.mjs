// What the engines stage shares between its adapters (firefox.mjs, webkit.mjs) and its
// scenario (scenario.mjs):
//
//   - instrumentedBuilds(): two releases of dist/ with the probe (probe.js) loaded before
//     any other script, for nginx to serve;
//   - Page: finds things the way a person does (a heading, a field by its label, a button
//     or link by its name, visible text) on top of an adapter's few primitives, and reads
//     the probe's record of console errors, CSP violations and other-origin requests.
//
// An adapter's session (what launch() resolves to) has:
//   version                  the browser's name and version
//   downloads                the directory its downloads land in
//   goto(url), reload(), back(), forward(), url()
//   run(fn, ...args)         runs fn in the page (a promise is awaited), returns its JSON value
//   find(fn, ...args)        runs fn in the page, returns the element it returns (or null)
//   click(el)                a real click (the driver's pointer, trusted events)
//   type(el, text)           empties a field, then types into it with the driver's keys
//   setFiles(el, file)       picks a file in an <input type=file>
//   close()

import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeBuild } from '../e2e/builds.mjs';
import { DIST_DIR } from '../e2e/serve.mjs';

const PROBE = path.resolve(import.meta.dirname, 'probe.js');
const PROBE_FILE = 'engine-probe.js';

/**
 * dist/ with the probe, finished by post_build (so the worker precaches the probe too and
 * the build has its own version), in `dir`/release1; and a second release of it
 * (the manifest changed) in `dir`/release2. Returns { release1, v1, release2, v2 }.
 */
export function instrumentedBuilds(dir) {
  const release1 = path.join(dir, 'release1');
  const release2 = path.join(dir, 'release2');
  const v1 = makeBuild(DIST_DIR, release1, {
    edit: (to) => {
      copyFileSync(PROBE, path.join(to, PROBE_FILE));
      const indexPath = path.join(to, 'index.html');
      const html = readFileSync(indexPath, 'utf8');
      const csp = html.match(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i);
      assert.ok(csp, 'index.html has its Content-Security-Policy <meta>');
      // Right after the policy: before the boot screen's script and trunk's loader.
      writeFileSync(indexPath, html.replace(csp[0], `${csp[0]}<script src="${PROBE_FILE}"></script>`));
    },
  });
  const v2 = makeBuild(release1, release2, { note: ' (release 2)' });
  assert.notEqual(v1, v2);
  return { release1, v1, release2, v2 };
}

/** A string matches exactly (whitespace collapsed), a RegExp as a regex. */
function matcher(m) {
  return m instanceof RegExp ? { re: m.source, flags: m.flags } : { s: String(m) };
}
const show = (m) => (m instanceof RegExp ? String(m) : `"${m}"`);

// Runs in the page: finds an element the way a person would. Kept self-contained (it is
// sent as source).
function pageFind(op, a, b) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const matches = (text, m) => (m.re ? new RegExp(m.re, m.flags).test(norm(text)) : norm(text) === m.s);
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const nameOf = (el) =>
    el.getAttribute('aria-label') ||
    (el.labels && el.labels.length ? el.labels[0].textContent : '') ||
    el.getAttribute('alt') ||
    el.textContent;
  const ROLES = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    img: 'img, [role=img]',
    textbox: 'input:not([type]), input[type=text], input[type=email], input[type=url], textarea',
    checkbox: 'input[type=checkbox]',
    status: '[role=status]',
    summary: 'summary',
  };
  if (op === 'label' || op === 'labelElement') {
    for (const label of document.querySelectorAll('label')) {
      if (matches(label.textContent, a) && label.control && (visible(label) || visible(label.control))) {
        return op === 'label' ? label.control : label;
      }
    }
    for (const el of document.querySelectorAll('input[aria-label], textarea[aria-label], select[aria-label]')) {
      if (matches(el.getAttribute('aria-label'), a) && visible(el)) return el;
    }
    return null;
  }
  for (const el of document.querySelectorAll(ROLES[op])) {
    if ((visible(el) || (op === 'checkbox' && el.labels && el.labels.length && visible(el.labels[0]))) && matches(nameOf(el), a)) {
      return el;
    }
  }
  return null;
}

/** A page in one adapter session, with what the scenario needs. */
export class Page {
  constructor(session, { timeout = 15_000 } = {}) {
    this.s = session;
    this.timeout = timeout;
  }

  get version() {
    return this.s.version;
  }

  /** Waits until fn(...args), run in the page, returns something truthy; returns it. */
  async waitFor(what, fn, args = [], { timeout = this.timeout } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.s.run(fn, ...args);
        if (last) return last;
      } catch (err) {
        // A page in the middle of navigating, or not loaded yet: try again.
        last = err.message;
      }
      if (Date.now() > deadline) {
        let shown = '';
        try {
          shown = await this.s.run(() => document.body.innerText);
        } catch {
          /* the page is gone */
        }
        throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 300)}); the page shows: ${JSON.stringify(shown.slice(0, 1500))}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async element(what, op, a, b, options) {
    const deadline = Date.now() + (options?.timeout ?? this.timeout);
    for (;;) {
      let el = null;
      try {
        el = await this.s.find(pageFind, op, a, b);
      } catch {
        // navigating
      }
      if (el) return el;
      if (Date.now() > deadline) throw new Error(`no ${what} on ${await this.url().catch(() => '?')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  url() {
    return this.s.url();
  }

  /** Navigates to `url` (a fragment-only change stays in the page, as in a browser). */
  async goto(url) {
    await this.s.goto(url);
  }

  async reload() {
    await this.s.reload();
  }

  async back() {
    await this.s.back();
  }

  async forward() {
    await this.s.forward();
  }

  /** Waits until the app has replaced the static boot screen with its own. */
  async appReady(options) {
    await this.waitFor('the app to start', () => !document.getElementById('boot') && document.querySelector('main') !== null, [], options);
  }

  /** Waits for the page's main heading (h1). */
  async heading(name, options) {
    const m = matcher(name);
    await this.waitFor(
      `the heading ${show(name)}`,
      (m) => {
        const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
        return [...document.querySelectorAll('h1')].some(
          (h) => h.getClientRects().length > 0 && (m.re ? new RegExp(m.re, m.flags).test(norm(h.textContent)) : norm(h.textContent) === m.s),
        );
      },
      [m],
      options,
    );
  }

  /** Waits until the page's text (what is rendered) contains `text` (a string, or matches a RegExp). */
  async text(text, options) {
    const m = matcher(text);
    await this.waitFor(
      `the text ${show(text)}`,
      (m) => {
        const body = document.body.innerText;
        return m.re ? new RegExp(m.re, m.flags).test(body) : body.includes(m.s);
      },
      [m],
      options,
    );
  }

  /** Whether the page shows `text` now. */
  async shows(text) {
    const m = matcher(text);
    return this.s.run((m) => {
      const body = document.body.innerText;
      return m.re ? new RegExp(m.re, m.flags).test(body) : body.includes(m.s);
    }, m);
  }

  /** The status line (role=status) that says `text` (among other things, for a string). */
  async status(text, options) {
    const m = text instanceof RegExp ? text : new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await this.element(`status ${show(text)}`, 'status', matcher(m), undefined, options);
  }

  field(label) {
    return this.element(`field labelled ${show(label)}`, 'label', matcher(label));
  }

  /** Types `value` into the field labelled `label` (dates and times are set, as a picker would). */
  async fill(label, value) {
    const el = await this.field(label);
    const kind = await this.s.run((el) => el.type, el);
    if (['date', 'time', 'datetime-local', 'month', 'week'].includes(kind)) {
      await this.s.run(
        (el, value) => {
          el.focus();
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        },
        el,
        value,
      );
    } else {
      await this.s.type(el, value);
    }
    const now = await this.s.run((el) => el.value, el);
    assert.equal(now, value, `the field ${show(label)} holds what was typed`);
  }

  /** Chooses the option shown as `option` in the drop-down labelled `label`. */
  async select(label, option) {
    const el = await this.field(label);
    const ok = await this.s.run(
      (el, option) => {
        const found = [...el.options].find((o) => o.textContent.trim() === option);
        if (!found) return false;
        el.focus();
        el.value = found.value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      el,
      option,
    );
    assert.ok(ok, `the drop-down ${show(label)} offers "${option}"`);
  }

  /** Clicks the label `label` (a radio button or checkbox). */
  async check(label) {
    const el = await this.element(`choice labelled ${show(label)}`, 'labelElement', matcher(label));
    await this.s.click(el);
    await this.waitFor(`${show(label)} to be checked`, (el) => el.control.checked, [el]);
  }

  /** Clicks the button named `name`. */
  async button(name) {
    await this.s.click(await this.element(`button ${show(name)}`, 'button', matcher(name)));
  }

  /** Clicks the link named `name`. */
  async link(name) {
    await this.s.click(await this.element(`link ${show(name)}`, 'link', matcher(name)));
  }

  /** Opens the disclosure (<summary>) named `name`. */
  async disclose(name) {
    await this.s.click(await this.element(`disclosure ${show(name)}`, 'summary', matcher(name)));
  }

  /** Waits for an element of `role` named `name` (a heading of any level, an image, a link...). */
  async has(role, name, options) {
    await this.element(`${role} ${show(name)}`, role, matcher(name), undefined, options);
  }

  /** The value of the field labelled `label`. */
  async value(label) {
    return this.s.run((el) => el.value, await this.field(label));
  }

  /** Picks `file` in the file field labelled `label`. */
  async setFiles(label, file) {
    await this.s.setFiles(await this.field(label), file);
  }

  run(fn, ...args) {
    return this.s.run(fn, ...args);
  }

  /** The build version the page runs (index.html's <meta name="rebound-build">). */
  buildVersion() {
    return this.s.run(() => document.querySelector('meta[name="rebound-build"]')?.content);
  }

  /**
   * Runs `action` (which makes the app offer a file), waits for a new file whose name
   * matches `name` in the session's downloads, and returns { name, file, text }.
   */
  async download(name, action, { timeout = this.timeout } = {}) {
    const dir = this.s.downloads;
    const before = new Set(readdirSync(dir));
    await action();
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = readdirSync(dir).find((f) => !before.has(f) && name.test(f));
      if (found) {
        // Written in full (Firefox writes a .part first, then renames; sizes settle).
        const file = path.join(dir, found);
        const size = statSync(file).size;
        await new Promise((r) => setTimeout(r, 200));
        if (statSync(file).size === size && size > 0) return { name: found, file, text: readFileSync(file, 'utf8') };
      }
      if (Date.now() > deadline) {
        throw new Error(`no download named ${name} in ${dir} after ${timeout} ms (there: ${readdirSync(dir).join(', ')})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Everything the probe recorded in this tab so far (console errors, CSP violations, other origins). */
  async problems() {
    return this.s.run(() => (window.reboundProbe ? window.reboundProbe.problems() : ['the probe did not run in this page']));
  }

  async clearProblems() {
    await this.s.run(() => window.reboundProbe?.clear());
  }

  /** Fails, listing them, if the probe recorded any problem not matched by `ignore`. */
  async expectNoProblems({ ignore = [] } = {}) {
    const found = (await this.problems()).filter((p) => !ignore.some((re) => re.test(p)));
    assert.deepEqual(found, [], `the page recorded ${found.length} problem(s):\n  ${found.join('\n  ')}`);
  }

  close() {
    return this.s.close();
  }
}
