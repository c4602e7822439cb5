// Smoke test: the built app starts, at / and under a sub-path, without any error.
// Needs a built dist/ (make build); run with: node --test tests/e2e/

import { test } from 'node:test';
import { expectNoErrors, launchBrowser, newPage, startApp } from './lib.mjs';

test('the app replaces the boot screen with its own, at / and at /rebound/', async (t) => {
  const browser = await launchBrowser();
  t.after(() => browser.close());

  for (const base of ['/', '/rebound/']) {
    await t.test(`served at ${base}`, async (t) => {
      const app = await startApp({ base });
      t.after(() => app.close());
      const page = await newPage(browser);
      t.after(() => page.context().close());

      await page.goto(app.url);
      // index.html's static #boot screen goes when the app starts; the app shows its main.
      await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
      await page.getByRole('main').waitFor({ state: 'visible', timeout: 10_000 });
      expectNoErrors(page);
    });
  }
});
