// The engines stage's Firefox adapter: Debian's Firefox ESR, driven by puppeteer-core
// over WebDriver BiDi (no driver binary, no display, nothing downloaded). Each launch is a
// fresh profile. See lib.mjs for what a session offers.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const name = 'Firefox';

/**
 * A fresh Firefox (its own profile and download directory) with one page of `viewport`.
 * `storage: false` turns web storage off (dom.storage.enabled), as a privacy setting does.
 */
export async function launch({ storage = true, viewport = { width: 390, height: 844 } } = {}) {
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'rebound-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: viewport,
    extraPrefsFirefox: {
      // Downloads save straight into `downloads`, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/calendar',
      ...(storage ? {} : { 'dom.storage.enabled': false }),
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(viewport); // the first page does not get defaultViewport
  const version = await browser.version();
  const traverse = async (delta) => {
    const before = page.url();
    await page.evaluate((delta) => history.go(delta), delta);
    const deadline = Date.now() + 10_000;
    while (page.url() === before) {
      if (Date.now() > deadline) throw new Error(`history.go(${delta}) left the page at ${before}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  return {
    version,
    downloads,
    async goto(url) {
      // A new fragment of the same document is no new load, and puppeteer's goto waits
      // for one: it goes through location, as a link to the fragment would.
      const here = new URL(page.url());
      const there = new URL(url, here);
      if (there.hash && here.href.split('#')[0] === there.href.split('#')[0]) {
        await page.evaluate((href) => {
          location.href = href;
        }, there.href);
        await page.waitForFunction((href) => location.href === href, {}, there.href);
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    // puppeteer's goBack()/goForward() wait for a load, which moving between fragments of
    // one document never brings: the page's own history does the same traversal.
    async back() {
      await traverse(-1);
    },
    async forward() {
      await traverse(1);
    },
    async url() {
      return page.url();
    },
    run(fn, ...args) {
      return page.evaluate(fn, ...args);
    },
    async find(fn, ...args) {
      const handle = await page.evaluateHandle(fn, ...args);
      const el = handle.asElement();
      if (!el) await handle.dispose();
      return el;
    },
    async click(el) {
      await el.click();
    },
    async type(el, text) {
      await el.evaluate((e) => {
        e.focus();
        e.value = '';
        e.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await el.type(text);
    },
    async setFiles(el, file) {
      await el.uploadFile(file);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
