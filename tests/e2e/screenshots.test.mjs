// Screenshots for the README's tour, in both themes and at both sizes: the start screen a
// new person sees, then the skill gaps and the overview of a realistic plan (the fixture).
// The clock is fixed, so the countdowns read the same on every run.
//
// Writes docs/screenshots/tour-<phone|desktop>-<light|dark>-<start|skills|plan>.png.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, newPage, onScreen, startAppAndBrowser } from './lib.mjs';

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const RECORD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/record-format-1.json'), 'utf8');
const TODAY = new Date('2026-11-25T10:00:00');
const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

for (const [size, options] of Object.entries(SIZES)) {
  for (const theme of ['light', 'dark']) {
    test(`tour screenshots: ${size}, ${theme}`, async (t) => {
      const { app, browser } = await startAppAndBrowser(t);
      const page = await newPage(browser, { ...options, colorScheme: theme, reducedMotion: 'reduce' });
      await page.clock.setFixedTime(TODAY);
      mkdirSync(SHOTS, { recursive: true });
      const shot = async (name) => {
        // No caret or focus ring in the picture.
        await page.evaluate(() => document.activeElement?.blur());
        const file = path.join(SHOTS, `tour-${size}-${theme}-${name}.png`);
        await page.screenshot({ path: file });
        assert.ok(statSync(file).size > 5_000, `${file} has a picture in it`);
      };

      await page.goto(app.url);
      await onScreen(page, 'What happened');
      await shot('start');

      await page.evaluate((record) => localStorage.setItem('rebound.plan', record), RECORD);
      await page.goto('about:blank');
      await page.goto(`${app.url}#/skills`);
      await onScreen(page, 'Fill your skill gaps');
      await shot('skills');
      await page.goto(`${app.url}#/plan`);
      await onScreen(page, 'My plan');
      await shot('plan');
      expectNoErrors(page);
    });
  }
}
