// Accessibility: axe-core (WCAG 2.2 AA rules) finds nothing on any screen, for a new
// person and with a realistic plan, in light and dark colours, on a phone and a desktop;
// plus a saving status that is announced, a layout that survives 200% text and motion
// that stops when the person asks for less of it.
//
// axe is injected as a script (axe() in lib.mjs), which the app's Content-Security-Policy
// rightly refuses, so these pages bypass the CSP (for this test only).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SCREEN_HEADINGS, axe, expectNoErrors, go, newPage, onScreen, startAppAndBrowser, unfold } from './lib.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');

// Every screen, by its fragment and the start of its document title.
const SCREENS = [['start', 'What happened'], ...SCREEN_HEADINGS];

// Each colour scheme is reached both ways: by the device setting and by the "Colours"
// choice overriding the other one (so every theme rule in the style sheet is checked).
const COMBOS = [
  { name: 'phone, light (device)', viewport: PHONE, device: 'light', pick: null },
  { name: 'phone, dark (chosen)', viewport: PHONE, device: 'light', pick: 'Dark' },
  { name: 'desktop, light (chosen)', viewport: DESKTOP, device: 'dark', pick: 'Light' },
  { name: 'desktop, dark (device)', viewport: DESKTOP, device: 'dark', pick: null },
];

/** Seeds the fixture plan into this origin's storage and opens `url` afresh. */
async function seedPlan(page, url) {
  await page.evaluate((record) => localStorage.setItem('rebound.plan', record), RECORD);
  await page.goto('about:blank');
  await page.goto(url);
}

async function pickTheme(page, label) {
  if (label) await page.getByLabel('Colours', { exact: true }).selectOption({ label });
}

async function check(page, where, found) {
  await unfold(page);
  for (const line of await axe(page)) found.push(`${where}: ${line}`);
}

for (const combo of COMBOS) {
  test(`axe finds no WCAG 2.2 AA violations: ${combo.name}`, async (t) => {
    const { app, browser } = await startAppAndBrowser(t);
    const page = await newPage(browser, {
      viewport: combo.viewport,
      colorScheme: combo.device,
      bypassCSP: true,
      ...(combo.viewport === PHONE ? { hasTouch: true, isMobile: true } : {}),
    });
    page.on('dialog', (d) => d.accept());
    const found = [];

    // A new person: the welcome, then every screen in its empty state.
    await go(page, app.url, 'What happened');
    await pickTheme(page, combo.pick);
    const expected = combo.pick ? combo.pick.toLowerCase() : combo.device;
    const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    assert.equal(scheme, expected, 'the colour scheme in use');
    await check(page, 'new / welcome', found);
    // The start form with its errors showing.
    await page.getByRole('button', { name: 'Save and start my plan' }).click();
    await page.getByText('Please fill in the company.').waitFor();
    await check(page, 'new / welcome with errors', found);
    for (const [slug, title] of SCREENS.slice(1)) {
      await go(page, `${app.url}#/${slug}`, title);
      await check(page, `new / ${slug}`, found);
    }

    // With a plan: every screen.
    await seedPlan(page, `${app.url}#/start`);
    await onScreen(page, 'What happened');
    for (const [slug, title] of SCREENS) {
      await go(page, `${app.url}#/${slug}`, title);
      await check(page, `plan / ${slug}`, found);
    }
    // The share screen with its QR code, then the link opened: the read-only preview
    // with the choice of replace / keep mine / keep both.
    await go(page, `${app.url}#/share`, 'Share and back up');
    await page.getByText('Show a QR code').click();
    await page.getByRole('img', { name: 'QR code of your share link' }).waitFor();
    await check(page, 'plan / share with QR code', found);
    const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
    await page.goto('about:blank');
    await go(page, link, 'A plan to open');
    await check(page, 'plan / import preview', found);

    // The same link in a browser with no plan of its own.
    const fresh = await newPage(browser, {
      viewport: combo.viewport,
      colorScheme: combo.device,
      bypassCSP: true,
    });
    await go(fresh, link, 'A plan to open');
    await pickTheme(fresh, combo.pick);
    await check(fresh, 'new / import preview', found);

    assert.deepEqual(found, [], `${found.length} violation(s):\n  ${found.join('\n  ')}`);
    expectNoErrors(page);
    expectNoErrors(fresh);
  });
}

test('the saving status is announced through a live region', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  await go(page, app.url, 'What happened');
  await page.getByLabel('Company', { exact: true }).fill('Northwind');
  await page.getByLabel('Role', { exact: true }).fill('Analyst');
  await page.getByRole('button', { name: 'Save and start my plan' }).click();
  await onScreen(page, 'For today');
  const status = page.getByRole('status').filter({ hasText: 'Saved on this device' });
  await status.waitFor();
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  // It sits outside the screen that changes, so it is in the page from the start and
  // screen readers hear each change of its text.
  assert.equal(await page.locator('header.topbar [role="status"]').count(), 1);
  expectNoErrors(page);
});

test('at 200% text size on a phone, no screen scrolls sideways', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { viewport: PHONE });
  const overflow = async (where, found) => {
    await unfold(page);
    const result = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // What scrolls inside its own box (the step list) may be wider than the page.
          if (el.closest('.steps ol')) return false;
          return r.width > 0 && r.right > width + 1;
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide };
    });
    if (result.scrollWidth > result.width || result.wide.length) {
      found.push(`${where}: page ${result.scrollWidth}px wide in ${result.width}px; ${result.wide.join(', ')}`);
    }
  };
  const found = [];
  const zoom = () => page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await go(page, app.url, 'What happened');
  await zoom();
  await overflow('new / welcome', found);
  await seedPlan(page, `${app.url}#/start`);
  await onScreen(page, 'What happened');
  await zoom();
  for (const [slug, title] of SCREENS) {
    await go(page, `${app.url}#/${slug}`, title);
    await zoom();
    await overflow(`plan / ${slug}`, found);
  }
  assert.deepEqual(found, [], found.join('\n'));
  expectNoErrors(page);
});

test('reduced motion: the clean-slate moment does not animate', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const durationAfterWiping = async (reducedMotion) => {
    const page = await newPage(browser, { viewport: PHONE, reducedMotion });
    page.on('dialog', (d) => d.accept());
    await page.goto(app.url);
    await seedPlan(page, `${app.url}#/positive`);
    await onScreen(page, 'Stay positive');
    await page.getByRole('button', { name: 'Wipe the slate clean' }).click();
    await page.locator('.slate-done').first().waitFor();
    const seconds = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.slate-done')).animationDuration;
      return s.endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s);
    });
    expectNoErrors(page);
    await page.context().close();
    return seconds;
  };
  assert.ok((await durationAfterWiping('no-preference')) > 0.3, 'the slate animates by default');
  assert.ok((await durationAfterWiping('reduce')) < 0.01, 'and not when less motion is asked for');
});
