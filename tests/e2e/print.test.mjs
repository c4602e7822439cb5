// Printing the overview gives a clean plan on paper: its items, no navigation, no
// buttons, black on white even when the screen is dark, on one or two pages.
//
// The PDF's text is read with pdfText() (lib.mjs), a small decoder for what Chromium's PDF
// writer (Skia) produces. If a future Chromium writes something it can't read, pdftotext
// is used when installed, and otherwise only the page count and the print-media checks
// apply.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, newPage, pdfText, startAppAndBrowser } from './lib.mjs';

const RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');
// On paper: the plan's items...
const ON_PAPER = ['My plan', 'Northwind', 'Contoso', 'SQL speed', 'Board games', 'Look at retail analytics teams too'];
// ...and none of the screen's chrome.
const NOT_ON_PAPER = [
  'Skip to content',
  'of 6 steps done',
  'Next:',
  'Print my plan',
  'Add dates to my calendar',
  'Saved on this device',
  'Colours',
  'Your plan stays on this device',
];

const THEMES = [
  { name: 'light', device: 'light', chosen: null },
  { name: 'dark, from the device', device: 'dark', chosen: null },
  { name: 'dark, chosen under Colours', device: 'light', chosen: 'dark' },
];

for (const theme of THEMES) {
  test(`the overview prints as a clean plan (on screen: ${theme.name})`, async (t) => {
    const { app, browser } = await startAppAndBrowser(t);
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 }, colorScheme: theme.device });
    await page.goto(app.url);
    await page.locator('#screen-title').waitFor({ timeout: 15_000 });
    await page.evaluate(
      ([record, chosen]) => {
        localStorage.setItem('rebound.plan', record);
        if (chosen) localStorage.setItem('rebound.theme', chosen);
      },
      [RECORD, theme.chosen],
    );
    await page.goto('about:blank');
    await page.goto(`${app.url}#/plan`);
    await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Print my plan' }).waitFor();
    const screenScheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    assert.equal(screenScheme, theme.name.startsWith('dark') ? 'dark' : 'light', 'the screen theme in use');

    await page.emulateMedia({ media: 'print' });
    const chrome = await page.evaluate(() =>
      ['.skip-link', '.topbar', '.steps', '.prev-next', '.site-footer', '.theme-picker', 'button']
        .flatMap((selector) => [...document.querySelectorAll(selector)].map((el) => [selector, el]))
        .filter(([, el]) => el.checkVisibility())
        .map(([selector, el]) => `${selector}: ${el.textContent.trim().slice(0, 40)}`),
    );
    assert.deepEqual(chrome, [], 'navigation, buttons and the footer are hidden in print');
    for (const text of ['SQL speed', 'Northwind', 'Contoso']) {
      assert.ok(await page.getByRole('main').getByText(text).first().isVisible(), `"${text}" is shown in print`);
    }
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const h2 = getComputedStyle(document.querySelector('main h2'));
      return { background: body.backgroundColor, text: body.color, heading: h2.color };
    });
    assert.deepEqual(colours, { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', heading: 'rgb(0, 0, 0)' }, 'black on white');

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    assert.ok(pdf.length > 1000, 'the PDF is not empty');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    assert.ok(pageCount >= 1 && pageCount <= 2, `the plan fits on 1–2 A4 pages (it took ${pageCount})`);

    const text = pdfText(pdf);
    if (text === null) {
      t.diagnostic('could not read the PDF text (and no pdftotext): checked the print media only');
    } else {
      for (const item of ON_PAPER) assert.ok(text.includes(item), `the PDF holds "${item}"`);
      for (const item of NOT_ON_PAPER) assert.ok(!text.includes(item), `the PDF leaves out "${item}"`);
      assert.match(text, /Skill target: SQL speed/);
      assert.match(text, /Interview: Data analyst at Contoso/);
    }
    expectNoErrors(page);
  });
}
