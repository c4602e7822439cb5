// Every word of every screen comes from the language files. In the pseudo-language
// (`en-XA`: each English letter swapped for an accented look-alike), a run of plain
// ASCII letters on screen can only be a word written into the code, unless the person
// wrote it: the test walks every screen with a typical plan, every <details> open, and
// fails on any such word in the text, in `aria-label`, `title` or `placeholder`, or in
// the document's title, naming the screen and the words.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST_DIR, SCREEN_HEADINGS, expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

const PLAN_KEY = 'rebound.plan';
const RECORD = readFileSync(new URL('../fixtures/typical-record.json', import.meta.url), 'utf8');

/** Every ASCII word in what the person wrote (the fixture's strings), lowercased. */
function theirWords(value, into = new Set()) {
  if (typeof value === 'string') {
    for (const w of value.match(/[A-Za-z]+/g) ?? []) into.add(w.toLowerCase());
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) theirWords(v, into);
  }
  return into;
}

// Not words of the app: the helpline directory's address, written as its name; the
// brand's name in the fixed parts of the page (manifest, title); dates, which English
// writes with its own weekday and month abbreviations (the pseudo-language keeps them).
const ALLOWED = new Set(['findahelpline', 'com', 'rebound', 'ics', 'qr', 'id']);
const DATE_WORDS = /^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;

test('in the pseudo-language no screen shows a word the language files do not carry', async (t) => {
  assert.ok(
    existsSync(path.join(DIST_DIR, 'locales', 'en-XA.json')),
    'dist/ has no pseudo-language: build it as make test does, REBOUND_PSEUDO=1 trunk build --release',
  );
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.addInitScript(
    ([key, record]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, record);
        localStorage.setItem('rebound.language', 'en-XA');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PLAN_KEY, RECORD],
  );
  const theirs = theirWords(JSON.parse(RECORD));
  const found = [];
  for (const [slug] of [['start'], ...SCREEN_HEADINGS]) {
    await page.goto(`${app.url}#/${slug}`);
    await page.locator('main h1').waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Let the deferred lower halves of the steps render.
    await page.waitForTimeout(300);
    const words = await page.evaluate(() => {
      const out = [];
      const skip = (el) =>
        el.closest('bdi, [dir="auto"], input, textarea, script, style, noscript, .link-box, svg title');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || skip(el) || !el.getClientRects().length) continue;
        out.push(...(n.textContent.match(/[A-Za-z]{2,}/g) ?? []).map((w) => [w, el.tagName]));
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (el.closest('bdi, [dir="auto"]') && !el.matches('input, textarea')) continue;
        for (const attr of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(attr);
          if (v) out.push(...(v.match(/[A-Za-z]{2,}/g) ?? []).map((w) => [w, `${el.tagName}[${attr}]`]));
        }
      }
      out.push(...(document.title.match(/[A-Za-z]{2,}/g) ?? []).map((w) => [w, 'title']));
      return out;
    });
    const english = words.filter(
      ([w]) => !theirs.has(w.toLowerCase()) && !ALLOWED.has(w.toLowerCase()) && !DATE_WORDS.test(w),
    );
    if (english.length) {
      found.push(`#/${slug}: ${[...new Set(english.map(([w, where]) => `${w} (${where})`))].join(', ')}`);
    }
  }
  assert.deepEqual(found, [], `words written into the code, not the language files:\n${found.join('\n')}`);
  expectNoErrors(page);
});
