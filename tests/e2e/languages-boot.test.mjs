// The static boot screen (index.html's #boot) in the person's language, seen with the
// wasm held back, as boot.test.mjs sees it in English:
//
//   - a browser that asks for German (de-DE) gets it in German from its very first frame,
//     no English painted before it, with lang="de"; the app then takes over in German,
//     word for word and box for box what the boot screen showed, and what was typed into
//     the boot screen's German fields is carried over, caret and all;
//   - Arabic (ar) the same, right to left (dir="rtl");
//   - the language chosen on this device wins over the browser's, a language Rebound does
//     not speak leaves the page in English, and the test pseudo-language is English here.
//
// Every page keeps the page's own CSP: the boot scripts run only through their hashes.
// Needs a release build in dist/ (make build).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { expectNoErrors, holdWasm, newPage, startAppAndBrowser } from './lib.mjs';

const LOCALES = path.resolve(import.meta.dirname, '../../locales');

/** The boot screen's words of one language, from its locales file: { id: text }. */
function bootWords(tag) {
  const ftl = readFileSync(path.join(LOCALES, `${tag}.ftl`), 'utf8');
  return Object.fromEntries([...ftl.matchAll(/^(boot-[\w-]+) = (.*)$/gm)].map(([, id, text]) => [id, text.trim()]));
}

/**
 * Records, before each of the page's first frames in which the boot screen can be seen,
 * what its heading, lead and status say: what the person saw first.
 */
function watchFrames() {
  window.__frames = [];
  const look = () => {
    const boot = document.getElementById('boot');
    if (boot && getComputedStyle(boot).visibility !== 'hidden') {
      const text = (selector) => boot.querySelector(selector)?.textContent ?? null;
      window.__frames.push({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        h1: text('main h1'),
        lead: text('main p.lead'),
        status: text('.boot-loading'),
      });
    }
    if (window.__frames.length < 3) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** The welcome's texts and boxes, the header's and step indicator's links, under `root`. */
function readWelcome(rootSelector) {
  const root = document.querySelector(rootSelector);
  const text = (el) => el.innerText.replace(/\s+/g, ' ').trim();
  // On the page, not in the viewport: typing into a field may have scrolled it.
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [r.x + scrollX, r.y + scrollY, r.width, r.height].map((n) => Math.round(n));
  };
  const hero = root.querySelector('main .hero');
  const parts = {
    h1: hero.querySelector('h1'),
    lead: hero.querySelector('p.lead'),
    steps: hero.querySelector('ol.step-preview'),
    privacy: hero.querySelector('p.privacy-note'),
  };
  return {
    texts: {
      h1: text(parts.h1),
      lead: text(parts.lead),
      steps: [...parts.steps.querySelectorAll('li')].map(text),
      privacy: text(parts.privacy),
    },
    boxes: Object.fromEntries(Object.entries(parts).map(([k, el]) => [k, box(el)])),
    links: [...root.querySelectorAll('.topbar a, nav.steps a')].map((a) =>
      [a.getAttribute('href'), a.getAttribute('aria-label'), a.getAttribute('aria-current'), text(a)].join(' | '),
    ),
    navLabels: [...root.querySelectorAll('nav')].map((n) => n.getAttribute('aria-label')),
    stepsSummary: text(root.querySelector('.steps-summary')),
  };
}

/** What the boot screen says where each element names a message, and what it should. */
function readMarked() {
  return [...document.querySelectorAll('[data-boot], [data-boot-label]')].map((el) => ({
    text: el.getAttribute('data-boot') ? [el.getAttribute('data-boot'), el.textContent] : null,
    label: el.getAttribute('data-boot-label') ? [el.getAttribute('data-boot-label'), el.getAttribute('aria-label')] : null,
  }));
}

/** Checks every marked element of the boot screen says its message in `words`. */
async function expectBootSays(page, words) {
  const marked = await page.evaluate(readMarked);
  assert.ok(marked.length >= 30, `the boot screen marks its words (${marked.length} marked)`);
  for (const { text, label } of marked) {
    if (text) assert.equal(text[1], words[text[0]], `${text[0]} (text)`);
    if (label) assert.equal(label[1], words[label[0]], `${label[0]} (aria-label)`);
  }
}

for (const { name, locale, tag, dir, company, role } of [
  { name: 'German', locale: 'de-DE', tag: 'de', dir: 'ltr', company: 'Firma', role: 'Stelle' },
  { name: 'Arabic', locale: 'ar', tag: 'ar', dir: 'rtl', company: 'الشركة', role: 'الوظيفة' },
]) {
  test(`a browser that asks for ${name} (${locale}) sees the boot screen in ${name} from its first frame, then the app in ${name}`, async (t) => {
    const words = bootWords(tag);
    assert.equal(words['boot-company'], company, `locales/${tag}.ftl's boot-company`);
    assert.equal(words['boot-role'], role, `locales/${tag}.ftl's boot-role`);
    const { app, browser } = await startAppAndBrowser(t);
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, locale, hasTouch: true, isMobile: true });
    await page.addInitScript(watchFrames);
    const release = await holdWasm(page);

    await page.goto(app.url, { waitUntil: 'commit' });
    const status = page.locator('#boot').getByRole('status');
    await status.waitFor();
    assert.equal(await status.textContent(), words['boot-opening']);
    await page.waitForFunction(() => window.__frames.length >= 3);

    // What the person saw first, and every frame after: the language, never English.
    const frames = await page.evaluate(() => window.__frames);
    for (const frame of frames) {
      assert.deepEqual(
        frame,
        { lang: tag, dir, h1: words['boot-welcome-title'], lead: words['boot-welcome-lead'], status: words['boot-opening'] },
        'each frame shows the boot screen in the language',
      );
    }
    assert.equal(await page.title(), words['boot-page-title']);
    await expectBootSays(page, words);
    const boot = await page.evaluate(readWelcome, '#boot');

    // Typed into the boot screen's own fields, found by their labels in the language.
    await page.locator('#boot').getByLabel(company, { exact: true }).fill('Northwind');
    await page.locator('#boot').getByLabel(role, { exact: true }).click();
    await page.keyboard.type('Data analst');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');

    release();
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('#screen-title').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag, 'the app speaks the same language');
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
    const shown = await page.evaluate(readWelcome, 'body');

    // The app's welcome says what the boot screen said, in the same places.
    assert.deepEqual(boot.texts, shown.texts, `the boot screen reads exactly as the app’s welcome, in ${name}`);
    assert.deepEqual(boot.links, shown.links, 'the same header and step indicator links, names and numbers');
    assert.deepEqual(boot.navLabels, shown.navLabels.slice(0, boot.navLabels.length), 'the same names of the top bar and the steps');
    assert.equal(boot.stepsSummary, shown.stepsSummary);
    assert.deepEqual(boot.boxes, shown.boxes, 'the welcome does not move when the app starts');

    // What was typed is in the app's fields, and typing goes on where the caret was.
    assert.equal(await page.getByLabel(company, { exact: true }).inputValue(), 'Northwind');
    await page.keyboard.type('y');
    assert.equal(await page.getByLabel(role, { exact: true }).inputValue(), 'Data analyst');
    expectNoErrors(page);
  });
}

test('the language chosen on this device wins; a language Rebound does not speak, and the pseudo-language, leave the boot screen in English', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const english = bootWords('en');
  const cases = [
    { name: 'Spanish chosen, a German browser', locale: 'de-DE', chosen: 'es', lang: 'es', words: bootWords('es') },
    { name: 'English chosen, a German browser', locale: 'de-DE', chosen: 'en', lang: 'en', words: english },
    { name: 'a French browser', locale: 'fr-FR', chosen: null, lang: 'en', words: english },
    { name: 'the pseudo-language chosen, an Arabic browser', locale: 'ar', chosen: 'en-XA', lang: 'en', words: english },
    { name: 'a choice Rebound does not know, a German browser', locale: 'de-DE', chosen: 'fr', lang: 'de', words: bootWords('de') },
  ];
  for (const c of cases) {
    await t.test(c.name, async (t) => {
      const page = await newPage(browser, { viewport: { width: 390, height: 844 }, locale: c.locale });
      t.after(() => page.context().close());
      if (c.chosen) await page.addInitScript((tag) => localStorage.setItem('rebound.language', tag), c.chosen);
      await holdWasm(page); // never released: only the boot screen is looked at
      await page.goto(app.url, { waitUntil: 'commit' });
      await page.locator('#boot').getByRole('status').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang);
      assert.equal(await page.evaluate(() => document.documentElement.dir), c.lang === 'en' ? '' : 'ltr');
      await expectBootSays(page, c.words);
      assert.ok(await page.locator('#boot').isVisible(), 'the boot screen shows');
      expectNoErrors(page);
    });
  }
});

test('only a visit in another language than English fetches boot screen words, and only that language’s', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  for (const { locale, expected } of [
    { locale: 'en-US', expected: [] },
    { locale: 'es-MX', expected: ['/locales/es.boot.json'] },
  ]) {
    await t.test(locale, async (t) => {
      const page = await newPage(browser, { locale });
      t.after(() => page.context().close());
      const asked = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/locales/')) asked.push(pathname);
      });
      await holdWasm(page); // never released: what the boot screen fetches, alone
      await page.goto(app.url);
      await page.locator('#boot').getByRole('status').waitFor();
      assert.ok(await page.locator('#boot').isVisible(), 'the boot screen shows');
      assert.deepEqual(asked, expected);
      expectNoErrors(page);
    });
  }
});

test('boot screen words that cannot be fetched leave it in English, said to be English; the app then speaks German', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'de-DE' });
  await page.route(/\/locales\/de\.boot\.json$/, (route) => route.abort('failed'));
  // The page's timers stand still: the English comes from the failure itself, not from
  // the two seconds' wait for slow words.
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1);
  const release = await holdWasm(page);
  await page.goto(app.url);
  const status = page.locator('#boot').getByRole('status');
  await status.waitFor();
  await expectBootSays(page, bootWords('en'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');

  release();
  await page.getByRole('heading', { level: 1, name: bootWords('de')['boot-welcome-title'] }).waitFor({ timeout: 20_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  expectNoErrors(page, { ignore: [/Failed to load resource/] });
});

test('boot screen words slower than two seconds: English is shown meanwhile, and the words go in when they come', async (t) => {
  const { app, browser } = await startAppAndBrowser(t);
  const page = await newPage(browser, { locale: 'ar' });
  let arrive;
  const arrived = new Promise((resolve) => {
    arrive = resolve;
  });
  await page.route(/\/locales\/ar\.boot\.json$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await holdWasm(page); // never released: only the boot screen is looked at
  // The page's timers move only when told: two seconds pass exactly where said.
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1);
  await page.goto(app.url);
  const boot = page.locator('#boot');
  await boot.getByRole('status').waitFor({ state: 'hidden' });
  await page.clock.runFor(1_900);
  assert.ok(!(await boot.isVisible()), 'unseen while its words are on their way');
  await page.clock.runFor(200);
  await boot.getByRole('status').waitFor();
  await expectBootSays(page, bootWords('en'));
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en', 'ltr']);

  arrive();
  const arabic = bootWords('ar');
  await boot.getByRole('status').filter({ hasText: arabic['boot-opening'] }).waitFor();
  await expectBootSays(page, arabic);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  expectNoErrors(page);
});
