// Accessibility in Arabic (right to left) and German (long compound words), on a phone
// (390×844): axe-core (WCAG 2.2 AA rules) finds nothing on any screen, for a new person
// and with a realistic plan, as a11y.test.mjs checks English; and on every screen nothing
// runs off the page sideways: the page is no wider than the window, no element reaches
// past its edges, and no text is wider than its own box (German words wrap, they do not
// overflow), except in what scrolls on purpose (the step list, form fields); nor is a word
// of the app's cut over two lines without a hyphen (style/main.css asks for hyphens where
// a long word may not fit: option labels two to a row).
//
// Screens are reached by their fragments and recognised by their titles in the language
// (words() in lib.mjs); axe is injected, so these pages bypass the CSP.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PLAN_KEY, axe, expectNoErrors, go, newPage, startAppAndBrowser, unfold, words } from './lib.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');

// Every screen: its fragment and the message of its title.
const SCREENS = [
  ['start', 'screen-start'],
  ['feedback', 'screen-feedback'],
  ['search', 'screen-search'],
  ['skills', 'screen-skills'],
  ['fun', 'screen-fun'],
  ['positive', 'screen-positive'],
  ['next', 'screen-next-job'],
  ['plan', 'screen-overview'],
  ['share', 'screen-share'],
  ['about', 'screen-about'],
  ['support', 'screen-support'],
  ['today', 'screen-today'],
];

const LANGUAGES = [
  { tag: 'ar', locale: 'ar', dir: 'rtl' },
  { tag: 'de', locale: 'de-DE', dir: 'ltr' },
];

/**
 * What runs off the page sideways, as readable lines: a page wider than the window, an
 * element that reaches past its left or right edge, a text wider than its own box. What
 * scrolls on purpose (an element with overflow-x auto or scroll, and what is inside it) and
 * form fields (whose text scrolls within them) are left out.
 */
async function sideways(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const found = [];
    const page = document.scrollingElement;
    if (page.scrollWidth > width) found.push(`the page is ${page.scrollWidth}px wide in ${width}px`);
    const scrolls = (el) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    const field = (el) => ['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(el.tagName);
    const describe = (el) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} “${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 50)}”`;
    for (const el of document.body.querySelectorAll('*')) {
      if (field(el) || !el.checkVisibility()) continue;
      let inside = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (scrolls(up) || field(up)) inside = true;
      }
      if (inside) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 1 && (box.right > width + 1 || box.left < -1)) {
        found.push(`${describe(el)} spans ${Math.round(box.left)}..${Math.round(box.right)}px of ${width}px`);
      }
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (text && !scrolls(el) && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${describe(el)} holds text ${el.scrollWidth}px wide in ${el.clientWidth}px`);
      }
    }
    return found;
  });
}

/**
 * Words of the app's own text cut across two lines, as readable lines. A word may break
 * only where its element asks the browser to hyphenate it (hyphens: auto, which a browser
 * with the language's dictionary does with a hyphen). What the person wrote (isolated in
 * <bdi> or dir="auto") may be anything, and is left out.
 */
async function cutWords(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el.closest('bdi, [dir="auto"], select, textarea, script, style') || !el.checkVisibility()) continue;
      if (getComputedStyle(el).hyphens === 'auto') continue;
      for (const word of node.textContent.matchAll(/[\p{L}\p{M}]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) {
          found.push(`“${word[0]}” in ${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} (in ${el.parentElement.tagName.toLowerCase()}${[...el.parentElement.classList].map((c) => `.${c}`).join('')}) is cut over ${lines.size} lines`);
        }
      }
    }
    return found;
  });
}

/** axe, and the sideways and cut-word checks, on what the page shows now, its folds opened. */
async function check(page, where, found) {
  await unfold(page);
  for (const line of await axe(page)) found.push(`${where}: axe: ${line}`);
  for (const line of await sideways(page)) found.push(`${where}: sideways: ${line}`);
  for (const line of await cutWords(page)) found.push(`${where}: cut word: ${line}`);
}

for (const { tag, locale, dir } of LANGUAGES) {
  const w = words(tag);

  test(`${tag}, phone: axe finds no WCAG 2.2 AA violations and nothing runs off the page, on every screen`, async (t) => {
    const { app, browser } = await startAppAndBrowser(t);
    const options = { ...PHONE, locale, bypassCSP: true };
    const page = await newPage(browser, options);
    page.on('dialog', (d) => d.accept());
    const found = [];

    // A new person: the welcome, then every screen in its empty state.
    await go(page, app.url, w('screen-start'));
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [tag, dir]);
    await check(page, 'new / welcome', found);
    // The start form with its errors showing.
    await page.getByRole('button', { name: w('start-save-and-start') }).click();
    await page.getByText(w('error-empty', { field: w('error-field-company') })).first().waitFor();
    await check(page, 'new / welcome with errors', found);
    for (const [slug, id] of SCREENS.slice(1)) {
      await go(page, `${app.url}#/${slug}`, w(id));
      await check(page, `new / ${slug}`, found);
    }

    // With a plan: every screen.
    await page.evaluate(([key, record]) => localStorage.setItem(key, record), [PLAN_KEY, RECORD]);
    await page.goto('about:blank');
    await go(page, `${app.url}#/start`, w('screen-start'));
    for (const [slug, id] of SCREENS) {
      await go(page, `${app.url}#/${slug}`, w(id));
      await check(page, `plan / ${slug}`, found);
    }
    // The share screen with its QR code, then the link opened: the read-only preview
    // with the choice of replace / keep mine / keep both.
    await go(page, `${app.url}#/share`, w('screen-share'));
    await page.getByText(w('widget-show-qr')).click();
    await page.getByRole('img', { name: w('share-qr-label') }).waitFor();
    await check(page, 'plan / share with QR code', found);
    const link = await page.getByRole('textbox', { name: w('share-link-label') }).inputValue();
    await page.goto('about:blank');
    await go(page, link, w('screen-import'));
    await check(page, 'plan / import preview', found);

    // The same link in a browser with no plan of its own.
    const fresh = await newPage(browser, options);
    await go(fresh, link, w('screen-import'));
    await check(fresh, 'new / import preview', found);

    assert.deepEqual(found, [], `${found.length} problem(s) in ${tag}:\n  ${found.join('\n  ')}`);
    expectNoErrors(page);
    expectNoErrors(fresh);
  });
}
