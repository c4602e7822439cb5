// Printing the overview gives a clean plan on paper: its items, no navigation, no
// buttons, black on white even when the screen is dark, on one or two pages.
//
// The PDF's text is read with a small decoder for what Chromium's PDF writer (Skia)
// produces: Flate streams, Type0 fonts with ToUnicode maps, hex strings in Tj/TJ. If a
// future Chromium writes something it can't read, pdftotext is used when installed, and
// otherwise only the page count and the print-media checks apply.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { expectNoErrors, newPage, startAppAndBrowser } from './lib.mjs';

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
function pdfPages(buf) {
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
function pdfText(buf) {
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
